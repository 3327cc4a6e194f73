// The names the console and the licensing service speak on the wire (DESIGN §3.1,
// §3.2, §3.6): paths, body fields, response fields and error codes, in one place so
// the request builder and the reference service cannot drift apart.
#pragma once

#include <QLatin1String>

#include <array>

namespace LightAgent::Wire {

namespace Path {
inline constexpr QLatin1String Activations("/v1/activations");
inline constexpr QLatin1String ActivationCheck("/v1/activations/check");
inline constexpr QLatin1String Updates("/v1/updates");
} // namespace Path

// The body of an activation (§3.1) and of a periodic check (§3.2).
namespace Field {
inline constexpr QLatin1String ActivationCode("activationCode");
inline constexpr QLatin1String SvmDateTime("svmDateTime");
inline constexpr QLatin1String SolutionId("solutionId");
inline constexpr QLatin1String LicenseSolutionId("licenseSolutionId");
inline constexpr QLatin1String CompatibleApplicationIds("compatibleApplicationIds");
inline constexpr QLatin1String SolutionVersion("solutionVersion");
inline constexpr QLatin1String Localization("localization");
inline constexpr QLatin1String SvmId("svmId");
inline constexpr QLatin1String InstallationId("installationId");
inline constexpr QLatin1String Os("os");
} // namespace Field

// Exactly the fields of an activation body, in the order of the vendor's list.
inline constexpr std::array<QLatin1String, 10> ActivationFields {
    Field::ActivationCode,
    Field::SvmDateTime,
    Field::SolutionId,
    Field::LicenseSolutionId,
    Field::CompatibleApplicationIds,
    Field::SolutionVersion,
    Field::Localization,
    Field::SvmId,
    Field::InstallationId,
    Field::Os,
};

// The fields of the "os" object.
namespace OsField {
inline constexpr QLatin1String Family("family");
inline constexpr QLatin1String Version("version");
inline constexpr QLatin1String Edition("edition");
inline constexpr QLatin1String Build("build");
inline constexpr QLatin1String UpdateNumber("updateNumber");
inline constexpr QLatin1String ExtendedEdition("extendedEdition");
} // namespace OsField

inline constexpr std::array<QLatin1String, 6> OsFields {
    OsField::Family, OsField::Version,      OsField::Edition,
    OsField::Build,  OsField::UpdateNumber, OsField::ExtendedEdition,
};

// The body of a database update request (§3.3), besides SolutionId, InstallationId
// and SolutionVersion of Field.
namespace UpdateField {
inline constexpr QLatin1String LicenseId("licenseId");
inline constexpr QLatin1String UpdateTaskId("updateTaskId");
} // namespace UpdateField

// Exactly the fields of a database update body (§3.3), in the order of the vendor's list.
inline constexpr std::array<QLatin1String, 5> UpdateFields {
    Field::SolutionId,         UpdateField::LicenseId, Field::InstallationId,
    UpdateField::UpdateTaskId, Field::SolutionVersion,
};

// The bundle document inside the signed bundle object of an update answer (§3.3).
namespace BundleField {
inline constexpr QLatin1String Version("version");
inline constexpr QLatin1String Released("released");
inline constexpr QLatin1String Records("records");
} // namespace BundleField

// The query parameters of a help link (§3.4), in the order they are written.
namespace HelpParam {
inline constexpr QLatin1String Language("hl");
inline constexpr QLatin1String LinkName("link");
inline constexpr QLatin1String ProductType("pid");
inline constexpr QLatin1String Version("version");
inline constexpr QLatin1String PageId("helpid");
} // namespace HelpParam

namespace Response {
inline constexpr QLatin1String Key("key");
inline constexpr QLatin1String Bundle("bundle");
inline constexpr QLatin1String RecheckAfterSeconds("recheckAfterSeconds");
inline constexpr QLatin1String ReceivedSha256("receivedSha256");
inline constexpr QLatin1String Status("status");
inline constexpr QLatin1String Error("error");
inline constexpr QLatin1String ErrorCode("code");
inline constexpr QLatin1String ErrorMessage("message");
} // namespace Response

// The values of a check answer's "status".
namespace CheckStatus {
inline constexpr QLatin1String Active("active");
inline constexpr QLatin1String Blocked("blocked");
inline constexpr QLatin1String Expired("expired");
} // namespace CheckStatus

// The values of an error answer's "error.code".
namespace ErrorCode {
inline constexpr QLatin1String InvalidCode("INVALID_CODE");
inline constexpr QLatin1String CodeNotFound("CODE_NOT_FOUND");
inline constexpr QLatin1String CodeBlocked("CODE_BLOCKED");
inline constexpr QLatin1String CodeExpired("CODE_EXPIRED");
inline constexpr QLatin1String ActivationLimit("ACTIVATION_LIMIT");
inline constexpr QLatin1String WrongProduct("WRONG_PRODUCT");
inline constexpr QLatin1String BadRequest("BAD_REQUEST");
inline constexpr QLatin1String Internal("INTERNAL");
} // namespace ErrorCode

// The key file object (§3.6); a database bundle (§3.3) is signed in the same form, its
// document travelling base64-encoded in the "license" field like a key's.
namespace KeyFileField {
inline constexpr QLatin1String Format("format");
inline constexpr QLatin1String Signer("signer");
inline constexpr QLatin1String License("license");
inline constexpr QLatin1String Signature("signature");
} // namespace KeyFileField

// The license document inside a key file (§3.6).
namespace LicenseField {
inline constexpr QLatin1String Serial("serial");
inline constexpr QLatin1String Product("product");
inline constexpr QLatin1String Edition("edition");
inline constexpr QLatin1String Type("type");
inline constexpr QLatin1String Unit("unit");
inline constexpr QLatin1String Count("count");
inline constexpr QLatin1String ValidFrom("validFrom");
inline constexpr QLatin1String Expires("expires");
inline constexpr QLatin1String GraceDays("graceDays");
inline constexpr QLatin1String Licensee("licensee");
inline constexpr QLatin1String Issued("issued");
} // namespace LicenseField

} // namespace LightAgent::Wire
