<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>LightAgent</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 dépasse %2 octets.</translation>
    </message>
    <message>
        <source>The vendor profile&apos;s &quot;%1&quot; in &quot;%2&quot; must be an https:// URL.</source>
        <translation>Le champ « %1 » du profil du fournisseur dans « %2 » doit être une URL https://.</translation>
    </message>
    <message>
        <source>The vendor profile names neither &quot;%1&quot; nor &quot;%2&quot;.</source>
        <translation>Le profil du fournisseur n&apos;indique ni « %1 » ni « %2 ».</translation>
    </message>
    <message>
        <source>Enter the activation code: four groups of five letters and digits, such as XXXXX-XXXXX-XXXXX-XXXXX.</source>
        <translation>Saisissez le code d&apos;activation : quatre groupes de cinq lettres et chiffres, par exemple XXXXX-XXXXX-XXXXX-XXXXX.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 cannot be part of an activation code: a code consists of the digits 0-9 and the Latin letters A-Z.</source>
        <translation>« %1 » à la position %2 ne peut pas faire partie d&apos;un code d&apos;activation : un code se compose des chiffres 0-9 et des lettres latines A-Z.</translation>
    </message>
    <message>
        <source>The activation code is too short: %1 of its %2 symbols were entered. Check that no group is missing.</source>
        <translation>Le code d&apos;activation est trop court : %1 de ses %2 symboles ont été saisis. Vérifiez qu&apos;il ne manque aucun groupe.</translation>
    </message>
    <message>
        <source>The activation code is too long: %1 symbols were entered, and a code has %2. Check for an extra symbol or a second code pasted in.</source>
        <translation>Le code d&apos;activation est trop long : %1 symboles ont été saisis, alors qu&apos;un code en compte %2. Vérifiez qu&apos;il n&apos;y a pas de symbole en trop ni de second code collé.</translation>
    </message>
    <message>
        <source>The license inside the key file is ambiguous: %1</source>
        <translation>La licence contenue dans le fichier clé est ambiguë : %1</translation>
    </message>
    <message>
        <source>The license inside the key file is not a JSON object: %1</source>
        <translation>La licence contenue dans le fichier clé n&apos;est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>The key file is empty.</source>
        <translation>Le fichier clé est vide.</translation>
    </message>
    <message>
        <source>The key file is not UTF-8 text; it may be a different kind of file or damaged.</source>
        <translation>Le fichier clé n&apos;est pas du texte UTF-8 ; il s&apos;agit peut-être d&apos;un autre type de fichier, ou il est endommagé.</translation>
    </message>
    <message>
        <source>The key file holds JSON, but not the JSON object a key file consists of.</source>
        <translation>Le fichier clé contient du JSON, mais pas l&apos;objet JSON qui constitue un fichier clé.</translation>
    </message>
    <message>
        <source>The key file is ambiguous: %1</source>
        <translation>Le fichier clé est ambigu : %1</translation>
    </message>
    <message>
        <source>The license inside the key file has no &quot;%1&quot; field.</source>
        <translation>La licence contenue dans le fichier clé n&apos;a pas de champ « %1 ».</translation>
    </message>
    <message>
        <source>The key file has no &quot;%1&quot; field.</source>
        <translation>Le fichier clé n&apos;a pas de champ « %1 ».</translation>
    </message>
    <message>
        <source>The license field &quot;%1&quot; must be text.</source>
        <translation>Le champ de licence « %1 » doit être du texte.</translation>
    </message>
    <message>
        <source>The key file field &quot;%1&quot; must be text.</source>
        <translation>Le champ « %1 » du fichier clé doit être du texte.</translation>
    </message>
    <message>
        <source>The key file field &quot;%1&quot; is not valid base64; the file was damaged or edited.</source>
        <translation>Le champ « %1 » du fichier clé n&apos;est pas du base64 valide ; le fichier a été endommagé ou modifié.</translation>
    </message>
    <message>
        <source>The license date &quot;%1&quot; is &quot;%2&quot;, which is not a real date in the form YYYY-MM-DD.</source>
        <translation>La date de licence « %1 » vaut « %2 », ce qui n&apos;est pas une date réelle au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The license serial &quot;%1&quot; does not have the form XXX-XXXXXX-XXXXXXXX (digits 0-9 and A-F).</source>
        <translation>Le numéro de série de licence « %1 » n&apos;a pas le format XXX-XXXXXX-XXXXXXXX (chiffres 0-9 et lettres A-F).</translation>
    </message>
    <message>
        <source>The key is for the product &quot;%1&quot;, not for %2 (&quot;%3&quot;).</source>
        <translation>La clé est destinée au produit « %1 », et non à %2 (« %3 »).</translation>
    </message>
    <message>
        <source>The license type &quot;%1&quot; is unknown; it must be commercial, trial, subscription, beta, test or oem.</source>
        <translation>Le type de licence « %1 » est inconnu ; il doit être commercial, trial, subscription, beta, test ou oem.</translation>
    </message>
    <message>
        <source>The licensing unit &quot;%1&quot; is unknown; it must be core, processor, server or desktop.</source>
        <translation>L&apos;unité de licence « %1 » est inconnue ; elle doit être core, processor, server ou desktop.</translation>
    </message>
    <message>
        <source>The license count must be a whole number from 1 to %1.</source>
        <translation>Le nombre de licences doit être un nombre entier compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The license expires (%1) before it becomes valid (%2).</source>
        <translation>La licence expire (%1) avant de devenir valide (%2).</translation>
    </message>
    <message>
        <source>The license grace period must be a whole number of days from 0 to 3650.</source>
        <translation>La période de grâce de la licence doit être un nombre entier de jours compris entre 0 et 3650.</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>Non activée</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Période de grâce</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Full functionality</source>
        <translation>Fonctionnalité complète</translation>
    </message>
    <message>
        <source>Limited functionality: no database updates</source>
        <translation>Fonctionnalité limitée : pas de mise à jour des bases de données</translation>
    </message>
    <message>
        <source>No functionality: the solution is not activated</source>
        <translation>Aucune fonctionnalité : la solution n&apos;est pas activée</translation>
    </message>
    <message>
        <source>The description inside the database bundle is not a JSON object without duplicate names: %1</source>
        <translation>La description contenue dans le paquet de bases de données n&apos;est pas un objet JSON sans noms en double : %1</translation>
    </message>
    <message>
        <source>The database bundle is not a bundle: %1</source>
        <translation>Le paquet de bases de données n&apos;est pas un paquet : %1</translation>
    </message>
    <message>
        <source>The database bundle has no &quot;%1&quot; field.</source>
        <translation>Le paquet de bases de données n&apos;a pas de champ « %1 ».</translation>
    </message>
    <message>
        <source>The database bundle&apos;s field &quot;%1&quot; must be text.</source>
        <translation>Le champ « %1 » du paquet de bases de données doit être du texte.</translation>
    </message>
    <message>
        <source>The database bundle&apos;s field &quot;%1&quot; is not valid base64; the bundle was damaged or changed.</source>
        <translation>Le champ « %1 » du paquet de bases de données n&apos;est pas du base64 valide ; le paquet a été endommagé ou modifié.</translation>
    </message>
    <message>
        <source>The database version &quot;%1&quot; is not 1 to %2 letters, digits, dots, dashes or underscores.</source>
        <translation>La version des bases de données « %1 » ne se compose pas de 1 à %2 lettres, chiffres, points, tirets ou traits de soulignement.</translation>
    </message>
    <message>
        <source>The database release time &quot;%1&quot; is not a UTC time in the form YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>La date de publication des bases de données « %1 » n&apos;est pas une heure UTC au format AAAA-MM-JJTHH:MM:SSZ.</translation>
    </message>
    <message>
        <source>The database record count must be a whole number from 1 to %1.</source>
        <translation>Le nombre d&apos;enregistrements des bases de données doit être un nombre entier compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>No databases installed</source>
        <translation>Aucune base de données installée</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Dépassées</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Obsolètes</translation>
    </message>
    <message>
        <source>sent (HTTP %1)</source>
        <translation>envoyée (HTTP %1)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>failed (HTTP %1): %2</source>
        <translation>échec (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>declined by the administrator, nothing was sent</source>
        <translation>refusée par l&apos;administrateur, rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>; the service confirmed the digest</source>
        <translation> ; le service a confirmé l&apos;empreinte</translation>
    </message>
    <message>
        <source>; the service received different bytes</source>
        <translation> ; le service a reçu des octets différents</translation>
    </message>
    <message>
        <source>Result of #%1: %2</source>
        <translation>Résultat de #%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4 bytes, SHA-256 %5)</source>
        <translation>%1 : %2 %3 (%4 octets, SHA-256 %5)</translation>
    </message>
    <message>
        <source>Database updates need a valid license; the license has expired.</source>
        <translation>Les mises à jour des bases de données nécessitent une licence valide ; la licence a expiré.</translation>
    </message>
    <message>
        <source>Database updates need a valid license; the license key was blocked by the vendor more than %1 days ago.</source>
        <translation>Les mises à jour des bases de données nécessitent une licence valide ; la clé de licence a été bloquée par le fournisseur il y a plus de %1 jours.</translation>
    </message>
    <message>
        <source>Database updates need a valid license; the solution is not activated.</source>
        <translation>Les mises à jour des bases de données nécessitent une licence valide ; la solution n&apos;est pas activée.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not issued for %1: someone may be impersonating the service. Nothing was sent.</source>
        <translation>Le certificat du service n&apos;est pas délivré pour %1 : quelqu&apos;un se fait peut-être passer pour le service. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate has expired. Nothing was sent.</source>
        <translation>Le certificat du service a expiré. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not valid yet; check this computer&apos;s clock. Nothing was sent.</source>
        <translation>Le certificat du service n&apos;est pas encore valide ; vérifiez l&apos;horloge de cet ordinateur. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not issued by an authority that the vendor profile or this system trusts. Nothing was sent.</source>
        <translation>Le certificat du service n&apos;est pas délivré par une autorité approuvée par le profil du fournisseur ou par ce système. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not acceptable (%1). Nothing was sent.</source>
        <translation>Le certificat du service n&apos;est pas acceptable (%1). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The bundle has the format &quot;%1&quot;; this console reads &quot;%2&quot;.</source>
        <translation>Le paquet a le format « %1 » ; cette console lit « %2 ».</translation>
    </message>
    <message>
        <source>The database bundle was signed by &quot;%1&quot;, which the vendor profile does not trust.</source>
        <translation>Le paquet de bases de données a été signé par « %1 », que le profil du fournisseur n&apos;approuve pas.</translation>
    </message>
    <message>
        <source>The database bundle&apos;s signature is %1 bytes long instead of 64.</source>
        <translation>La signature du paquet de bases de données fait %1 octets au lieu de 64.</translation>
    </message>
    <message>
        <source>The database bundle&apos;s signature does not match the vendor&apos;s key: the bundle was changed after it was signed.</source>
        <translation>La signature du paquet de bases de données ne correspond pas à la clé du fournisseur : le paquet a été modifié après sa signature.</translation>
    </message>
    <message>
        <source>This is not a key file: %1</source>
        <translation>Ce n&apos;est pas un fichier clé : %1</translation>
    </message>
    <message>
        <source>This is not a key file: a key file is JSON text, and this file&apos;s content is not.</source>
        <translation>Ce n&apos;est pas un fichier clé : un fichier clé est du texte JSON, et le contenu de ce fichier n&apos;en est pas.</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>warning level</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>warning level</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>warning level</comment>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>LightAgent::AboutDialog</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The vendor profile&apos;s vendor and id, e.g. &quot;Demo vendor (demo)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About Light Agent Console</source>
        <translation>À propos de Light Agent Console</translation>
    </message>
    <message>
        <source>Light Agent Console</source>
        <translation>Light Agent Console</translation>
    </message>
    <message>
        <source>Licensing console for %1.</source>
        <translation>Console de gestion des licences pour %1.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation>OpenSSL :</translation>
    </message>
    <message>
        <source>Vendor profile:</source>
        <extracomment>The vendor profile: who the console trusts for keys and services</extracomment>
        <translation>Profil du fournisseur :</translation>
    </message>
    <message>
        <source>The demo profile built into the console: it trusts only the demo vendor&apos;s keys and service.</source>
        <translation>Le profil de démonstration intégré à la console : il ne fait confiance qu&apos;aux clés et au service du fournisseur de démonstration.</translation>
    </message>
    <message>
        <source>A demo profile from a file: it trusts only the demo vendor&apos;s keys and service.</source>
        <translation>Un profil de démonstration lu dans un fichier : il ne fait confiance qu&apos;aux clés et au service du fournisseur de démonstration.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <extracomment>%1 is the path of the vendor profile file in use</extracomment>
        <translation>Fichier : %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationCode</name>
    <message>
        <source>The activation code has a typo: its check character does not match the other symbols. Compare the code with the one you received, symbol by symbol.</source>
        <translation>Le code d&apos;activation contient une faute de frappe : son caractère de contrôle ne correspond pas aux autres symboles. Comparez le code avec celui que vous avez reçu, symbole par symbole.</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationCodePage</name>
    <message>
        <source>Enter the activation code</source>
        <translation>Saisissez le code d&apos;activation</translation>
    </message>
    <message>
        <source>Four groups of five letters and digits, as you received it. Spaces, dashes and lower case are fine.</source>
        <translation>Quatre groupes de cinq lettres et chiffres, tel que vous l&apos;avez reçu. Les espaces, les tirets et les minuscules sont acceptés.</translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation>&amp;Code d&apos;activation :</translation>
    </message>
    <message>
        <source>Read as:</source>
        <extracomment>Caption of the code as the console reads it, normalized and regrouped</extracomment>
        <translation>Lu comme :</translation>
    </message>
    <message>
        <source>Nothing is sent on this page. Next shows you the exact request, and nothing is sent until you agree.</source>
        <translation>Rien n&apos;est envoyé sur cette page. « Suivant » vous montre la requête exacte, et rien n&apos;est envoyé tant que vous n&apos;avez pas donné votre accord.</translation>
    </message>
    <message>
        <source>The code is complete and its check character matches.</source>
        <translation>Le code est complet et son caractère de contrôle correspond.</translation>
    </message>
    <message>
        <source>Type or paste the code.</source>
        <translation>Saisissez ou collez le code.</translation>
    </message>
    <message>
        <source>%1 of %2 symbols entered.</source>
        <translation>Symboles saisis : %1 sur %2.</translation>
    </message>
    <message>
        <source>Add the key the service issues as</source>
        <extracomment>Group title: where the key that the licensing service issues is added</extracomment>
        <translation>Ajouter la clé délivrée par le service comme</translation>
    </message>
    <message>
        <source>The ac&amp;tive key</source>
        <translation>Clé ac&amp;tive</translation>
    </message>
    <message>
        <source>The &amp;reserve key, beside the active key</source>
        <translation>Clé de &amp;réserve, à côté de la clé active</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <extracomment>Why the key cannot go to this slot; %1 is the vendor rule&apos;s message</extracomment>
        <translation>Impossible : %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationDeclinedPage</name>
    <message>
        <source>Nothing was sent</source>
        <translation>Rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>You declined to send the activation data.</source>
        <translation>Vous avez refusé d&apos;envoyer les données d&apos;activation.</translation>
    </message>
    <message>
        <source>The request was not sent, and the license state did not change.</source>
        <translation>La requête n&apos;a pas été envoyée et l&apos;état de la licence n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Your decision is recorded in the transmission journal.</source>
        <translation>Votre décision est enregistrée dans le journal des transmissions.</translation>
    </message>
    <message>
        <source>Your decision could not be recorded in the transmission journal: %1</source>
        <translation>Votre décision n&apos;a pas pu être enregistrée dans le journal des transmissions : %1</translation>
    </message>
    <message>
        <source>You can activate with a key file instead: it is verified on this computer and sends nothing to anyone.</source>
        <translation>Vous pouvez plutôt activer la solution avec un fichier clé : il est vérifié sur cet ordinateur et n&apos;envoie rien à personne.</translation>
    </message>
    <message>
        <source>Use a &amp;key file instead &gt;</source>
        <extracomment>Wizard button after declining: go on to the key-file page</extracomment>
        <translation>Utiliser plutôt un &amp;fichier clé &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationKeyFilePage</name>
    <message>
        <source>Activate with a key file</source>
        <translation>Activer avec un fichier clé</translation>
    </message>
    <message>
        <source>The key file is verified on this computer. Nothing is sent to anyone.</source>
        <translation>Le fichier clé est vérifié sur cet ordinateur. Rien n&apos;est envoyé à personne.</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>&amp;Fichier clé :</translation>
    </message>
    <message>
        <source>The path of a .key file</source>
        <translation>Le chemin d&apos;un fichier .key</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <extracomment>Wizard button that adds the inspected key file</extracomment>
        <translation>&amp;Ajouter la clé</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>Choisir un fichier clé</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Fichiers clés (*.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The key was not added: %1</source>
        <translation>La clé n&apos;a pas été ajoutée : %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationMethodPage</name>
    <message>
        <source>Choose how to activate</source>
        <translation>Choisissez le mode d&apos;activation</translation>
    </message>
    <message>
        <source>Both ways give the same license. They differ in what leaves this computer.</source>
        <translation>Les deux modes donnent la même licence. Ils diffèrent par ce qui quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Activate with a &amp;key file</source>
        <translation>Activer avec un &amp;fichier clé</translation>
    </message>
    <message>
        <source>The key file is verified on this computer. This sends nothing to anyone.</source>
        <translation>Le fichier clé est vérifié sur cet ordinateur. Ce mode n&apos;envoie rien à personne.</translation>
    </message>
    <message>
        <source>Activate with an activation &amp;code</source>
        <translation>Activer avec un &amp;code d&apos;activation</translation>
    </message>
    <message>
        <source>This sends the data listed below to the licensing service over an encrypted connection: now, and then periodically to verify that the solution is used appropriately. You will see the exact request and decide before anything is sent.</source>
        <translation>Ce mode envoie les données énumérées ci-dessous au service de licences par une connexion chiffrée : maintenant, puis périodiquement pour vérifier que la solution est utilisée de manière appropriée. Vous verrez la requête exacte et déciderez avant que quoi que ce soit ne soit envoyé.</translation>
    </message>
    <message>
        <source>Data sent with an activation code:</source>
        <translation>Données envoyées avec un code d&apos;activation :</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationPreviewPage</name>
    <message>
        <source>Check the data that will be sent</source>
        <translation>Vérifiez les données qui seront envoyées</translation>
    </message>
    <message>
        <source>This is the exact request. Nothing is sent until you choose Send.</source>
        <translation>Voici la requête exacte. Rien n&apos;est envoyé tant que vous n&apos;avez pas choisi « Envoyer ».</translation>
    </message>
    <message>
        <source>The request goes to the licensing service over an encrypted connection. The same data is sent again periodically to verify that the solution is used appropriately, and the vendor may use it for statistics on the distribution and use of its software.</source>
        <translation>La requête est transmise au service de licences par une connexion chiffrée. Les mêmes données sont renvoyées périodiquement pour vérifier que la solution est utilisée de manière appropriée, et le fournisseur peut les utiliser pour établir des statistiques sur la diffusion et l&apos;utilisation de ses logiciels.</translation>
    </message>
    <message>
        <source>How the vendor processes it: %1.</source>
        <extracomment>%1 is a link to the vendor&apos;s privacy policy</extracomment>
        <translation>La façon dont le fournisseur traite ces données est décrite dans sa %1.</translation>
    </message>
    <message>
        <source>privacy policy</source>
        <translation>politique de confidentialité</translation>
    </message>
    <message>
        <source>I &amp;agree to send this data, and to its periodic re-sending for license verification</source>
        <translation>&amp;J&apos;accepte d&apos;envoyer ces données, ainsi que leur renvoi périodique pour la vérification de la licence</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <extracomment>Wizard button on the preview page: send the shown request</extracomment>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>There is no valid activation code to send.</source>
        <translation>Il n&apos;y a aucun code d&apos;activation valide à envoyer.</translation>
    </message>
    <message>
        <source>The request could not be prepared, and nothing was sent: %1</source>
        <translation>La requête n&apos;a pas pu être préparée et rien n&apos;a été envoyé : %1</translation>
    </message>
    <message>
        <source>What the activation will do with the keys:</source>
        <translation>Ce que l&apos;activation fera des clés :</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationProgressPage</name>
    <message>
        <source>Sending the request</source>
        <translation>Envoi de la requête</translation>
    </message>
    <message>
        <source>The request you saw is on its way to the licensing service.</source>
        <translation>La requête que vous avez vue est en cours de transmission au service de licences.</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>If you cancel after the request has left this computer, the service may still have received it; the transmission journal records what happened.</source>
        <translation>Si vous annulez après que la requête a quitté cet ordinateur, le service peut quand même l&apos;avoir reçue ; le journal des transmissions enregistre ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Connecting to the licensing service over an encrypted connection…</source>
        <translation>Connexion au service de licences par une connexion chiffrée…</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Envoi de la requête…</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Attente de la réponse…</translation>
    </message>
    <message>
        <source>Receiving the answer…</source>
        <translation>Réception de la réponse…</translation>
    </message>
    <message>
        <source>Recording the request in the transmission journal…</source>
        <translation>Enregistrement de la requête dans le journal des transmissions…</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationResultPage</name>
    <message>
        <source>&amp;Close</source>
        <extracomment>Wizard button that closes the wizard at its end</extracomment>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>License state now:</source>
        <translation>État actuel de la licence :</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>La requête n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>The solution was not activated</source>
        <translation>La solution n&apos;a pas été activée</translation>
    </message>
    <message>
        <source>Nothing changed: the license state is as it was.</source>
        <translation>Rien n&apos;a changé : l&apos;état de la licence est le même qu&apos;avant.</translation>
    </message>
    <message>
        <source>The activation did not succeed.</source>
        <translation>L&apos;activation a échoué.</translation>
    </message>
    <message>
        <source>Choose Back to correct the code and try again. You can also activate with a key file, which sends nothing.</source>
        <translation>Choisissez « Précédent » pour corriger le code et réessayer. Vous pouvez aussi activer la solution avec un fichier clé, ce qui n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>The attempt is recorded in the transmission journal.</source>
        <translation>La tentative est enregistrée dans le journal des transmissions.</translation>
    </message>
    <message>
        <source>The solution is activated</source>
        <translation>La solution est activée</translation>
    </message>
    <message>
        <source>The licensing service issued a key, and it was added as the active key.</source>
        <translation>Le service de licences a délivré une clé, qui a été ajoutée comme clé active.</translation>
    </message>
    <message>
        <source>Activated with the code %1.</source>
        <translation>Activée avec le code %1.</translation>
    </message>
    <message>
        <source>The key %1 is now the active key.</source>
        <translation>La clé %1 est désormais la clé active.</translation>
    </message>
    <message>
        <source>The service confirmed it received exactly these bytes.</source>
        <translation>Le service a confirmé avoir reçu exactement ces octets.</translation>
    </message>
    <message>
        <source>SHA-256 %1, the same as the request you saw.</source>
        <translation>SHA-256 %1, identique à celui de la requête que vous avez vue.</translation>
    </message>
    <message>
        <source>Warning: the service received different bytes.</source>
        <translation>Avertissement : le service a reçu des octets différents.</translation>
    </message>
    <message>
        <source>The service reports SHA-256 %1, but the console sent %2. The key was stored; the request may have been changed on the way. Check the transmission journal and the network path to the service.</source>
        <translation>Le service indique le SHA-256 %1, mais la console a envoyé %2. La clé a été enregistrée ; la requête a peut-être été modifiée en cours de route. Vérifiez le journal des transmissions et le chemin réseau vers le service.</translation>
    </message>
    <message>
        <source>Warning: the service did not confirm what it received.</source>
        <translation>Avertissement : le service n&apos;a pas confirmé ce qu&apos;il a reçu.</translation>
    </message>
    <message>
        <source>Its answer carried no digest, so the console cannot show that the request arrived unchanged. The console sent SHA-256 %1.</source>
        <translation>Sa réponse ne contenait aucune empreinte : la console ne peut donc pas montrer que la requête est arrivée sans modification. La console a envoyé le SHA-256 %1.</translation>
    </message>
    <message>
        <source>The request and the answer are recorded in the transmission journal (entry %1).</source>
        <translation>La requête et la réponse sont enregistrées dans le journal des transmissions (entrée %1).</translation>
    </message>
    <message>
        <source>The activation was cancelled.</source>
        <translation>L&apos;activation a été annulée.</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Ce qui a changé :</translation>
    </message>
    <message>
        <source>The licensing service issued a key, and it was added as the reserve key.</source>
        <translation>Le service de licences a délivré une clé, qui a été ajoutée comme clé de réserve.</translation>
    </message>
    <message>
        <source>The key %1 is now the reserve key.</source>
        <translation>La clé %1 est désormais la clé de réserve.</translation>
    </message>
    <message>
        <source>The key was received and kept, not applied</source>
        <translation>La clé a été reçue et conservée, non appliquée</translation>
    </message>
    <message>
        <source>The current keys are unchanged. Compare the keys below; the received key is also offered on the dashboard until you apply it.</source>
        <translation>Les clés actuelles sont inchangées. Comparez les clés ci-dessous ; la clé reçue est aussi proposée sur la page « Licence » jusqu&apos;à ce que vous l&apos;appliquiez.</translation>
    </message>
    <message>
        <source>The licensing service issued the key %1.</source>
        <translation>Le service de licences a délivré la clé %1.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>You compared the keys and applied the received key.</source>
        <translation>Vous avez comparé les clés et appliqué la clé reçue.</translation>
    </message>
    <message>
        <source>The received key was applied.</source>
        <translation>La clé reçue a été appliquée.</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationWizard</name>
    <message>
        <source>Activate the solution</source>
        <translation>Activer la solution</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <extracomment>Wizard button on the preview page: do not send the activation data</extracomment>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>Wizard button after a failed activation: back to the code to try again</extracomment>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Send nothing. You can activate with a key file instead.</source>
        <translation>Ne rien envoyer. Vous pouvez plutôt activer la solution avec un fichier clé.</translation>
    </message>
    <message>
        <source>Go back to the activation code and try again.</source>
        <translation>Revenir au code d&apos;activation et réessayer.</translation>
    </message>
    <message>
        <source>There is no request to send. Nothing was sent.</source>
        <translation>Il n&apos;y a aucune requête à envoyer. Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>LightAgent::AgreementDialog</name>
    <message>
        <source>The vendor&apos;s statement</source>
        <translation>Déclaration du fournisseur</translation>
    </message>
    <message>
        <source>The console has not sent anything. Before it can update the databases or open online help, please read what it would send, and choose.</source>
        <translation>La console n&apos;a rien envoyé. Avant qu&apos;elle puisse mettre à jour les bases de données ou ouvrir l&apos;aide en ligne, veuillez lire ce qu&apos;elle enverrait, puis faites votre choix.</translation>
    </message>
    <message>
        <source>Data sent: %1</source>
        <translation>Données envoyées : %1</translation>
    </message>
    <message>
        <source>If you do not agree, the console stays fully usable: activate it with a key file, which is verified on this computer and sends nothing. Database updates and online help links then send nothing and say why. You can agree or withdraw at any time on the Updates and Data provision pages.</source>
        <translation>Si vous n&apos;acceptez pas, la console reste entièrement utilisable : activez la solution avec un fichier clé, qui est vérifié sur cet ordinateur et n&apos;envoie rien. Les mises à jour des bases de données et les liens vers l&apos;aide en ligne n&apos;envoient alors rien et en indiquent la raison. Vous pouvez donner ou retirer votre accord à tout moment sur les pages Mises à jour et Fourniture de données.</translation>
    </message>
    <message>
        <source>I &amp;agree</source>
        <translation>J&apos;&amp;accepte</translation>
    </message>
    <message>
        <source>Record that you accept the data provision described above, with the date and time. Nothing is sent now.</source>
        <translation>Enregistrer votre acceptation de la fourniture de données décrite ci-dessus, avec la date et l&apos;heure. Rien n&apos;est envoyé maintenant.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <extracomment>Button: close the data-provision statement without agreeing</extracomment>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Withdraw agreement…</source>
        <translation>&amp;Retirer l&apos;accord…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The agreement cannot be read: %1</source>
        <translation>L&apos;accord ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>You have not agreed. Updates and online help links send nothing.</source>
        <translation>Vous n&apos;avez pas donné votre accord. Les mises à jour et les liens vers l&apos;aide en ligne n&apos;envoient rien.</translation>
    </message>
    <message>
        <source>You agreed on %1.</source>
        <translation>Vous avez donné votre accord le %1.</translation>
    </message>
    <message>
        <source>You withdrew your agreement on %1. Updates and online help links send nothing.</source>
        <translation>Vous avez retiré votre accord le %1. Les mises à jour et les liens vers l&apos;aide en ligne n&apos;envoient rien.</translation>
    </message>
    <message>
        <source>Your agreement was not recorded, so nothing will be sent: %1</source>
        <translation>Votre accord n&apos;a pas été enregistré, rien ne sera donc envoyé : %1</translation>
    </message>
    <message>
        <source>Withdraw agreement</source>
        <translation>Retirer l&apos;accord</translation>
    </message>
    <message>
        <source>Withdraw your agreement to data provision?

Database updates and online help links will send nothing until you agree again. Keys and activation are not affected.</source>
        <translation>Retirer votre accord à la fourniture de données ?

Les mises à jour des bases de données et les liens vers l&apos;aide en ligne n&apos;enverront rien tant que vous n&apos;aurez pas de nouveau donné votre accord. Les clés et l&apos;activation ne sont pas concernées.</translation>
    </message>
    <message>
        <source>The agreement was not withdrawn: %1</source>
        <translation>L&apos;accord n&apos;a pas été retiré : %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::BundleStore</name>
    <message>
        <source>The installed database bundle no longer passes verification with this vendor profile: %1 Run an update to replace it.</source>
        <translation>Le paquet de bases de données installé ne passe plus la vérification avec ce profil de fournisseur : %1 Lancez une mise à jour pour le remplacer.</translation>
    </message>
    <message>
        <source>The service offered databases version %1, released before the installed version %2; the installed databases were kept.</source>
        <translation>Le service a proposé les bases de données en version %1, publiées avant la version installée %2 ; les bases de données installées ont été conservées.</translation>
    </message>
</context>
<context>
    <name>LightAgent::CheckPlan</name>
    <message>
        <source>The last license check could not be completed; it is tried again at the time shown.</source>
        <translation>Le dernier contrôle de licence n&apos;a pas pu aboutir ; il sera relancé à l&apos;heure indiquée.</translation>
    </message>
    <message>
        <source>The activation data is sent again at the time shown, to verify that the solution is used appropriately.</source>
        <translation>Les données d&apos;activation seront renvoyées à l&apos;heure indiquée, pour vérifier que la solution est utilisée de manière appropriée.</translation>
    </message>
    <message>
        <source>There is no periodic license check: the solution is not activated.</source>
        <translation>Aucun contrôle périodique de la licence : la solution n&apos;est pas activée.</translation>
    </message>
    <message>
        <source>There is no periodic license check: the active key was added from a key file, which sends nothing.</source>
        <translation>Aucun contrôle périodique de la licence : la clé active a été ajoutée à partir d&apos;un fichier clé, ce qui n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>There is no periodic license check: the consent to re-send the activation data was withdrawn. Nothing is sent.</source>
        <translation>Aucun contrôle périodique de la licence : le consentement au renvoi des données d&apos;activation a été retiré. Rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>There is no periodic license check: the activation code of the active key is not kept.</source>
        <translation>Aucun contrôle périodique de la licence : le code d&apos;activation de la clé active n&apos;est pas conservé.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Console</name>
    <message>
        <source>Light Agent Console</source>
        <translation>Light Agent Console</translation>
    </message>
    <message>
        <source>Light Agent licensing console.</source>
        <translation>Console de gestion des licences de Light Agent.</translation>
    </message>
    <message>
        <source>Keep the state in DIR.</source>
        <translation>Conserver l&apos;état dans DIR.</translation>
    </message>
    <message>
        <source>Use the vendor profile FILE.</source>
        <translation>Utiliser le profil du fournisseur FILE.</translation>
    </message>
    <message>
        <source>The vendor profile cannot be used.</source>
        <translation>Le profil du fournisseur ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>The data directory cannot be opened.</source>
        <translation>Le répertoire de données ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Speak TAG (en, ru, de, fr; e.g. ru-RU) for this run; the language chosen in the menu stays as it is.</source>
        <translation>Parler la langue TAG (en, ru, de, fr ; p. ex. ru-RU) pour cette exécution ; la langue choisie dans le menu reste inchangée.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available; using %2.</source>
        <translation>La langue « %1 » n&apos;est pas disponible ; utilisation de %2.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Crypto</name>
    <message>
        <source>The service&apos;s certificate chain could not be verified against the trusted authorities (%1).</source>
        <translation>La chaîne de certificats du service n&apos;a pas pu être vérifiée auprès des autorités de confiance (%1).</translation>
    </message>
    <message>
        <source>the leaf certificate cannot be read</source>
        <translation>le certificat du service est illisible</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the verification could not be set up</source>
        <translation>la vérification n&apos;a pas pu être préparée</translation>
    </message>
</context>
<context>
    <name>LightAgent::Crypto::Ed25519PrivateKey</name>
    <message>
        <source>The text is not an Ed25519 private key in PEM form.</source>
        <translation>Le texte n&apos;est pas une clé privée Ed25519 au format PEM.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Crypto::Ed25519PublicKey</name>
    <message>
        <source>The text is not an Ed25519 public key in PEM form.</source>
        <translation>Le texte n&apos;est pas une clé publique Ed25519 au format PEM.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Ctl</name>
    <message>
        <source>Send this data to the licensing service, and agree to its periodic re-sending for license verification? [y/N]</source>
        <translation>Envoyer ces données au service de licences et accepter leur renvoi périodique pour la vérification de la licence ? [y/N]</translation>
    </message>
    <message>
        <source>Activated. The service returned the key %1.</source>
        <translation>Activation effectuée. Le service a renvoyé la clé %1.</translation>
    </message>
    <message>
        <source>Warning: the service did not confirm which bytes it received.</source>
        <translation>Avertissement : le service n&apos;a pas confirmé quels octets il a reçus.</translation>
    </message>
    <message>
        <source>The service confirmed it received exactly these bytes (SHA-256 %1).</source>
        <translation>Le service a confirmé avoir reçu exactement ces octets (SHA-256 %1).</translation>
    </message>
    <message>
        <source>Warning: the service reports receiving different bytes (SHA-256 %1) than were sent (SHA-256 %2).</source>
        <translation>Avertissement : le service indique avoir reçu des octets différents (SHA-256 %1) de ceux qui ont été envoyés (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Simulation : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Declined: nothing was sent. You can activate with a key file instead; that sends nothing.</source>
        <translation>Refusé : rien n&apos;a été envoyé. Vous pouvez plutôt activer la solution avec un fichier clé ; cela n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>%1 — this exact request will be sent:</source>
        <translation>%1 — cette requête exacte sera envoyée :</translation>
    </message>
    <message>
        <source>SHA-256 of the body: %1</source>
        <translation>SHA-256 du corps : %1</translation>
    </message>
    <message>
        <source>What each field is:</source>
        <translation>Signification de chaque champ :</translation>
    </message>
    <message>
        <source>, digest confirmed</source>
        <translation>, empreinte confirmée</translation>
    </message>
    <message>
        <source>, DIGEST DIFFERS</source>
        <translation>, EMPREINTE DIFFÉRENTE</translation>
    </message>
    <message>
        <source>recorded before sending</source>
        <translation>enregistrée avant l&apos;envoi</translation>
    </message>
    <message>
        <source>result of #%1: </source>
        <translation>résultat de #%1 : </translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>HEURE (UTC)</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The journal is empty: nothing has been sent from this data directory.</source>
        <translation>Le journal est vide : rien n&apos;a été envoyé depuis ce répertoire de données.</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entries checked.</source>
        <translation>
            <numerusform>Le journal est intact : %n entrée vérifiée.</numerusform>
            <numerusform>Le journal est intact : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1 (JSON Lines: one object per line, with prevHash and hash).</source>
        <translation>
            <numerusform>%n entrée exportée vers %1 (JSON Lines : un objet par ligne, avec prevHash et hash).</numerusform>
            <numerusform>%n entrées exportées vers %1 (JSON Lines : un objet par ligne, avec prevHash et hash).</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial:        %1</source>
        <translation>Numéro de série :   %1</translation>
    </message>
    <message>
        <source>Signed by:     %1 (signature verified)</source>
        <translation>Signé par :         %1 (signature vérifiée)</translation>
    </message>
    <message>
        <source>Edition:       %1</source>
        <translation>Édition :           %1</translation>
    </message>
    <message>
        <source>Type:          %1</source>
        <translation>Type :              %1</translation>
    </message>
    <message>
        <source>Licenses:      %1</source>
        <translation>Licences :          %1</translation>
    </message>
    <message>
        <source>Grace period:  %1 days, until %2</source>
        <translation>Période de grâce :  %1 jour(s), jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Licensee:      %1</source>
        <translation>Titulaire :         %1</translation>
    </message>
    <message>
        <source>Other field:   %1 (not used for any decision)</source>
        <translation>Autre champ :       %1 (n&apos;intervient dans aucune décision)</translation>
    </message>
    <message>
        <source>As active key:</source>
        <translation>En tant que clé active :</translation>
    </message>
    <message>
        <source>As reserve key:</source>
        <translation>En tant que clé de réserve :</translation>
    </message>
    <message>
        <source>Dry run — nothing was changed. Adding this key would do this:</source>
        <translation>Simulation — rien n&apos;a été modifié. L&apos;ajout de cette clé aurait l&apos;effet suivant :</translation>
    </message>
    <message>
        <source>The key was added:</source>
        <translation>La clé a été ajoutée :</translation>
    </message>
    <message>
        <source>&apos;key remove&apos; takes &apos;active&apos; or &apos;reserve&apos;, not &quot;%1&quot;.</source>
        <translation>&apos;key remove&apos; attend &apos;active&apos; ou &apos;reserve&apos;, et non « %1 ».</translation>
    </message>
    <message>
        <source>The active key was removed.</source>
        <translation>La clé active a été supprimée.</translation>
    </message>
    <message>
        <source>The reserve key was removed.</source>
        <translation>La clé de réserve a été supprimée.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4 to %5 (%6)</source>
        <translation>%1 — %2, %3, du %4 au %5 (%6)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>Status:        %1 — %2</source>
        <translation>État :                %1 — %2</translation>
    </message>
    <message>
        <source>               %1</source>
        <translation>                      %1</translation>
    </message>
    <message>
        <source>Functionality: %1</source>
        <translation>Fonctionnalité :      %1</translation>
    </message>
    <message>
        <source>Active key:    %1</source>
        <translation>Clé active :          %1</translation>
    </message>
    <message>
        <source>Reserve key:   %1</source>
        <translation>Clé de réserve :      %1</translation>
    </message>
    <message>
        <source>               The reserve key has taken over from the expired active key.</source>
        <translation>                      La clé de réserve a pris le relais de la clé active expirée.</translation>
    </message>
    <message>
        <source>Profile:       %1%2</source>
        <translation>Profil :              %1%2</translation>
    </message>
    <message>
        <source> (demo vendor profile)</source>
        <translation> (profil de fournisseur de démonstration)</translation>
    </message>
    <message>
        <source>Data:          %1</source>
        <translation>Données :             %1</translation>
    </message>
    <message>
        <source>--on-date needs a date in the form YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--on-date attend une date au format AAAA-MM-JJ, et non « %1 ».</translation>
    </message>
    <message>
        <source>The agreement was accepted on %1.</source>
        <translation>L&apos;accord a été accepté le %1.</translation>
    </message>
    <message>
        <source>The agreement was withdrawn on %1: updates and help links send nothing.</source>
        <translation>L&apos;accord a été retiré le %1 : les mises à jour et les liens d&apos;aide n&apos;envoient rien.</translation>
    </message>
    <message>
        <source>The agreement is not accepted: updates and help links send nothing. Accept it with &apos;lightagent-ctl agreement accept&apos;.</source>
        <translation>L&apos;accord n&apos;est pas accepté : les mises à jour et les liens d&apos;aide n&apos;envoient rien. Acceptez-le avec &apos;lightagent-ctl agreement accept&apos;.</translation>
    </message>
    <message>
        <source>Database updates and followed links may now send the data listed by &apos;lightagent-ctl agreement show&apos;. Activation with a code still asks each time.</source>
        <translation>Les mises à jour des bases de données et les liens suivis peuvent désormais envoyer les données énumérées par &apos;lightagent-ctl agreement show&apos;. L&apos;activation avec un code demande toujours votre accord à chaque fois.</translation>
    </message>
    <message>
        <source>Use &apos;agreement [show|accept|withdraw] [--json]&apos;.</source>
        <translation>Utilisation : &apos;agreement [show|accept|withdraw] [--json]&apos;.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent. The check is due at %1.</source>
        <translation>Simulation : rien n&apos;a été envoyé. Le contrôle est prévu le %1.</translation>
    </message>
    <message>
        <source>The next check is at %1.</source>
        <translation>Le prochain contrôle aura lieu le %1.</translation>
    </message>
    <message>
        <source>The licensing service says the license is %1.</source>
        <translation>Le service de licences indique l&apos;état de licence « %1 ».</translation>
    </message>
    <message>
        <source>Use &apos;check [--dry-run] [--force] [--json]&apos;.</source>
        <translation>Utilisation : &apos;check [--dry-run] [--force] [--json]&apos;.</translation>
    </message>
    <message>
        <source>No license check is due before %1; nothing was sent. Use --force to check now.</source>
        <translation>Aucun contrôle de licence n&apos;est prévu avant le %1 ; rien n&apos;a été envoyé. Utilisez --force pour effectuer le contrôle maintenant.</translation>
    </message>
    <message>
        <source>Sending the activation data and re-sending it periodically</source>
        <translation>Envoi des données d&apos;activation et leur renvoi périodique</translation>
    </message>
    <message>
        <source>The data-provision agreement (updates and followed links)</source>
        <translation>L&apos;accord de fourniture de données (mises à jour et liens suivis)</translation>
    </message>
    <message>
        <source>%1: never given.</source>
        <translation>%1 : jamais donné.</translation>
    </message>
    <message>
        <source>%1: given on %2.</source>
        <translation>%1 : donné le %2.</translation>
    </message>
    <message>
        <source>%1: given on %2, withdrawn on %3.</source>
        <translation>%1 : donné le %2, retiré le %3.</translation>
    </message>
    <message>
        <source>Withdrawn: the activation data is no longer re-sent, so the periodic license check stops. The key stays active.</source>
        <translation>Retiré : les données d&apos;activation ne sont plus renvoyées, le contrôle périodique de la licence s&apos;arrête donc. La clé reste active.</translation>
    </message>
    <message>
        <source>Withdrawn: database updates and followed links send nothing from now on.</source>
        <translation>Retiré : les mises à jour des bases de données et les liens suivis n&apos;envoient plus rien désormais.</translation>
    </message>
    <message>
        <source>Use &apos;consent [--json]&apos; or &apos;consent withdraw code-activation|data-provision [--json]&apos;.</source>
        <translation>Utilisation : &apos;consent [--json]&apos; ou &apos;consent withdraw code-activation|data-provision [--json]&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;lightagent-ctl --help&apos; for usage.</source>
        <translation>Exécutez &apos;lightagent-ctl --help&apos; pour l&apos;aide sur l&apos;utilisation.</translation>
    </message>
    <message>
        <source>help-url needs exactly one PLACE; &apos;lightagent-ctl help-pages&apos; lists them.</source>
        <translation>help-url attend exactement un emplacement (PLACE) ; &apos;lightagent-ctl help-pages&apos; les énumère.</translation>
    </message>
    <message>
        <source>help-pages takes no arguments.</source>
        <translation>help-pages ne prend aucun argument.</translation>
    </message>
    <message>
        <source>PLACE</source>
        <extracomment>Column headings of &apos;lightagent-ctl help-pages&apos;</extracomment>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>PAGE ID</source>
        <translation>ID DE PAGE</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>SUJET</translation>
    </message>
    <message>
        <source>(URL)</source>
        <extracomment>help-pages: the privacy policy has no page ID; it is the vendor profile&apos;s own URL</extracomment>
        <translation>(URL)</translation>
    </message>
    <message>
        <source>Print a link with &apos;lightagent-ctl help-url PLACE [--lang TAG]&apos;. Printing a link sends nothing.</source>
        <translation>Afficher un lien : &apos;lightagent-ctl help-url PLACE [--lang TAG]&apos;. Afficher un lien n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>Databases:     %1</source>
        <translation>Bases de données :    %1</translation>
    </message>
    <message>
        <source>               Next scheduled update: %1</source>
        <translation>                      Prochaine mise à jour planifiée : %1</translation>
    </message>
    <message>
        <source>License check: next at %1</source>
        <translation>Contrôle de licence : prochain le %1</translation>
    </message>
    <message>
        <source>License check: none</source>
        <translation>Contrôle de licence : aucun</translation>
    </message>
    <message>
        <source>Data provision: the agreement is accepted.</source>
        <translation>Fourniture de données : l&apos;accord est accepté.</translation>
    </message>
    <message>
        <source>Data provision: the agreement is not accepted; updates and help links send nothing.</source>
        <translation>Fourniture de données : l&apos;accord n&apos;est pas accepté ; les mises à jour et les liens d&apos;aide n&apos;envoient rien.</translation>
    </message>
    <message>
        <source>Send this request to the update service? [y/N]</source>
        <translation>Envoyer cette requête au service de mise à jour ? [y/N]</translation>
    </message>
    <message>
        <source>Installed the databases version %1 (%2 records, released %3).</source>
        <translation>Bases de données installées en version %1 (%2 enregistrements, publiées le %3).</translation>
    </message>
    <message>
        <source>The databases version %1 is installed already; nothing changed.</source>
        <translation>Les bases de données en version %1 sont déjà installées ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Freshness: %1</source>
        <translation>Fraîcheur : %1</translation>
    </message>
    <message>
        <source>Use &apos;update schedule [on|off] [--json]&apos;.</source>
        <translation>Utilisation : &apos;update schedule [on|off] [--json]&apos;.</translation>
    </message>
    <message>
        <source>Scheduled updates are on.</source>
        <translation>Les mises à jour planifiées sont activées.</translation>
    </message>
    <message>
        <source>Scheduled updates are off.</source>
        <translation>Les mises à jour planifiées sont désactivées.</translation>
    </message>
    <message>
        <source>Next scheduled update: %1</source>
        <translation>Prochaine mise à jour planifiée : %1</translation>
    </message>
    <message>
        <source>It would not be sent now either: %1</source>
        <translation>Elle ne serait pas non plus envoyée maintenant : %1</translation>
    </message>
    <message>
        <source>Declined: nothing was sent.</source>
        <translation>Refusé : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Use &apos;update [--dry-run] [--yes] [--json]&apos; or &apos;update schedule [on|off]&apos;.</source>
        <translation>Utilisation : &apos;update [--dry-run] [--yes] [--json]&apos; ou &apos;update schedule [on|off]&apos;.</translation>
    </message>
    <message>
        <source>help-url PLACE [--lang TAG] [--json]       the localized help link of a place; sends nothing</source>
        <translation>help-url PLACE [--lang TAG] [--json]       le lien d&apos;aide localisé d&apos;un emplacement ; n&apos;envoie rien</translation>
    </message>
    <message>
        <source>help-pages [--json]                        the places that offer help, with their page IDs</source>
        <translation>help-pages [--json]                        les emplacements qui ont une aide, avec leurs ID de page</translation>
    </message>
    <message>
        <source>update [--dry-run] [--yes] [--json]        show the exact database update request, ask, send it, install
  update schedule [on|off] [--json]          scheduled updates</source>
        <translation>update [--dry-run] [--yes] [--json]        afficher la requête exacte de mise à jour des bases, demander, envoyer, installer
  update schedule [on|off] [--json]          mises à jour planifiées</translation>
    </message>
    <message>
        <source>check [--dry-run] [--force] [--json]       the periodic license check, when due (keys from a code only)</source>
        <translation>check [--dry-run] [--force] [--json]       le contrôle périodique de la licence, s&apos;il est dû (clés issues d&apos;un code uniquement)</translation>
    </message>
    <message>
        <source>agreement [show|accept|withdraw] [--json]  the data-provision agreement for updates and help links</source>
        <translation>agreement [show|accept|withdraw] [--json]  l&apos;accord de fourniture de données pour les mises à jour et les liens d&apos;aide</translation>
    </message>
    <message>
        <source>consent [--json]                           the consents given
  consent withdraw code-activation|data-provision [--json]</source>
        <translation>consent [--json]                           les consentements donnés
  consent withdraw code-activation|data-provision [--json]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie :</translation>
    </message>
    <message>
        <source>Light Agent licensing from the command line.</source>
        <translation>Gestion des licences de Light Agent en ligne de commande.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Keep the state in DIR.</source>
        <translation>Conserver l&apos;état dans DIR.</translation>
    </message>
    <message>
        <source>Use the vendor profile FILE.</source>
        <translation>Utiliser le profil du fournisseur FILE.</translation>
    </message>
    <message>
        <source>Print JSON for programs.</source>
        <translation>Produire du JSON pour les programmes.</translation>
    </message>
    <message>
        <source>status: evaluate on DATE instead of today.</source>
        <translation>status : évaluer à la date DATE au lieu d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Show what would happen; change and send nothing.</source>
        <translation>Montrer ce qui se passerait ; ne rien modifier ni envoyer.</translation>
    </message>
    <message>
        <source>check: check now even if no check is due yet.</source>
        <translation>check : effectuer le contrôle maintenant, même s&apos;il n&apos;est pas encore prévu.</translation>
    </message>
    <message>
        <source>activate: send without asking (you have seen the request).</source>
        <translation>activate : envoyer sans demander (vous avez vu la requête).</translation>
    </message>
    <message>
        <source>What to do; see below.</source>
        <translation>Action à effectuer ; voir ci-dessous.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available; using %2.</source>
        <translation>La langue « %1 » n&apos;est pas disponible ; utilisation de %2.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Use &apos;activate CODE [--reserve] [--replace] [--dry-run] [--yes] [--json]&apos;.</source>
        <translation>Utilisation : &apos;activate CODE [--reserve] [--replace] [--dry-run] [--yes] [--json]&apos;.</translation>
    </message>
    <message>
        <source>What the activation will do with the keys:</source>
        <translation>Ce que l&apos;activation fera des clés :</translation>
    </message>
    <message>
        <source>Use &apos;key inspect FILE&apos;, &apos;key add FILE&apos;, &apos;key remove active|reserve&apos; or &apos;key received [apply|reserve|discard [SERIAL]]&apos;.</source>
        <translation>Utilisation : &apos;key inspect FILE&apos;, &apos;key add FILE&apos;, &apos;key remove active|reserve&apos; ou &apos;key received [apply|reserve|discard [SERIAL]]&apos;.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Numéro de série :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <translation>Licences :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Jours restants :</translation>
    </message>
    <message>
        <source>Active key now</source>
        <translation>Clé active actuelle</translation>
    </message>
    <message>
        <source>Reserve key now</source>
        <translation>Clé de réserve actuelle</translation>
    </message>
    <message>
        <source>Key received</source>
        <translation>Clé reçue</translation>
    </message>
    <message>
        <source>Apply the key %1 as the active key, losing the license time above? [y/N]</source>
        <translation>Appliquer la clé %1 comme clé active, en perdant le temps de licence indiqué ci-dessus ? [y/N]</translation>
    </message>
    <message>
        <source>Apply the key %1 as the reserve key, losing the license time above? [y/N]</source>
        <translation>Appliquer la clé %1 comme clé de réserve, en perdant le temps de licence indiqué ci-dessus ? [y/N]</translation>
    </message>
    <message>
        <source>The key is kept as a received key; nothing of the current keys changed. To apply it later: &apos;lightagent-ctl key received apply --replace&apos;; to add it as the reserve key: &apos;lightagent-ctl key received reserve&apos;; to drop it: &apos;lightagent-ctl key received discard&apos;.</source>
        <translation>La clé est conservée comme clé reçue ; les clés actuelles n&apos;ont pas changé. Pour l&apos;appliquer plus tard : &apos;lightagent-ctl key received apply --replace&apos; ; pour l&apos;ajouter comme clé de réserve : &apos;lightagent-ctl key received reserve&apos; ; pour l&apos;abandonner : &apos;lightagent-ctl key received discard&apos;.</translation>
    </message>
    <message>
        <source>Applying it would change this:</source>
        <translation>Son application modifierait ceci :</translation>
    </message>
    <message>
        <source>The received key %1 was applied:</source>
        <translation>La clé reçue %1 a été appliquée :</translation>
    </message>
    <message>
        <source>No key was received that has not been applied.</source>
        <translation>Aucune clé reçue n&apos;est en attente d&apos;application.</translation>
    </message>
    <message>
        <source>%1  %2, %3, valid to %4; received %5 for the code %6</source>
        <extracomment>%1 serial, %2 type, %3 what it licenses, %4 last day, %5 date and time received</extracomment>
        <translation>%1  %2, %3, valide jusqu&apos;au %4 ; reçue le %5 pour le code %6</translation>
    </message>
    <message>
        <source>Apply one with &apos;key received apply [SERIAL]&apos;, add it as the reserve key with &apos;key received reserve [SERIAL]&apos;, or drop it with &apos;key received discard [SERIAL]&apos;.</source>
        <translation>Appliquez-en une avec &apos;key received apply [SERIAL]&apos;, ajoutez-la comme clé de réserve avec &apos;key received reserve [SERIAL]&apos; ou abandonnez-la avec &apos;key received discard [SERIAL]&apos;.</translation>
    </message>
    <message>
        <source>Use &apos;key received&apos;, or &apos;key received apply|reserve|discard [SERIAL]&apos;.</source>
        <translation>Utilisation : &apos;key received&apos; ou &apos;key received apply|reserve|discard [SERIAL]&apos;.</translation>
    </message>
    <message>
        <source>The received key %1 was discarded.</source>
        <translation>La clé reçue %1 a été abandonnée.</translation>
    </message>
    <message>
        <source>The key %1 that the licensing service issued was not applied: %2</source>
        <translation>La clé %1 délivrée par le service de licences n&apos;a pas été appliquée : %2</translation>
    </message>
    <message>
        <source>The licensing service issued the key %1. Applying it as chosen would lose license time, so it is shown beside the key it replaces:</source>
        <translation>Le service de licences a délivré la clé %1. L&apos;appliquer comme choisi ferait perdre du temps de licence ; elle est donc présentée à côté de la clé qu&apos;elle remplace :</translation>
    </message>
    <message>
        <source>key inspect FILE [--json]                  verify a key file, change nothing
  key add FILE [--reserve] [--dry-run] [--json]
  key remove active|reserve [--json]
  key received [--json]                      keys the service issued that were not applied
  key received apply|reserve|discard [SERIAL] [--replace] [--yes] [--json]</source>
        <translation>key inspect FILE [--json]                  vérifier un fichier clé, sans rien modifier
  key add FILE [--reserve] [--dry-run] [--json]
  key remove active|reserve [--json]
  key received [--json]                      les clés délivrées par le service qui n&apos;ont pas été appliquées
  key received apply|reserve|discard [SERIAL] [--replace] [--yes] [--json]</translation>
    </message>
    <message>
        <source>activate CODE [--reserve] [--replace] [--dry-run] [--yes] [--json]
                                             show the exact request and what it will do with the keys, ask, then send it</source>
        <translation>activate CODE [--reserve] [--replace] [--dry-run] [--yes] [--json]
                                             afficher la requête exacte et ce qu&apos;elle fera des clés, demander, puis l&apos;envoyer</translation>
    </message>
    <message>
        <source>  0  success
  1  unexpected failure
  2  usage error
  3  invalid input (a malformed or unverifiable key file, code or answer)
  4  refused by the key-store rules or the license level
  5  a file could not be read or written
  6  the state database could not be opened or changed
  7  another process is changing the state; try again
  8  the service could not be reached securely
  9  the service refused or answered outside the contract
  10 declined by the administrator
  11 the key received was kept, not applied: applying it would remove a valid key or shorten the license (confirm with --replace or &apos;key received&apos;)
</source>
        <translation>  0  succès
  1  échec inattendu
  2  erreur d&apos;utilisation
  3  entrée non valide (fichier clé, code ou réponse mal formé ou invérifiable)
  4  refusé par les règles de stockage des clés ou par le niveau de licence
  5  un fichier n&apos;a pas pu être lu ou écrit
  6  la base de données d&apos;état n&apos;a pas pu être ouverte ou modifiée
  7  un autre processus modifie l&apos;état ; réessayez
  8  le service n&apos;a pas pu être joint de manière sécurisée
  9  le service a refusé ou a répondu hors du contrat
  10 refusé par l&apos;administrateur
  11 la clé reçue a été conservée, non appliquée : l&apos;appliquer supprimerait une clé valide ou raccourcirait la licence (confirmez avec --replace ou via &apos;key received&apos;)
</translation>
    </message>
    <message>
        <source>key add, activate: add the key as the reserve key (beside the active key).</source>
        <translation>key add, activate : ajouter la clé comme clé de réserve (à côté de la clé active).</translation>
    </message>
    <message>
        <source>activate, key received: apply the key even where it removes a valid key or shortens the time the license covers.</source>
        <translation>activate, key received : appliquer la clé même si elle supprime une clé valide ou raccourcit la période couverte par la licence.</translation>
    </message>
    <message>
        <source>Not allowed. %1</source>
        <translation>Non autorisé. %1</translation>
    </message>
    <message>
        <source>Valid:         %1 to %2 (%3)</source>
        <translation>Validité :         du %1 au %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expirée depuis %n jour</numerusform>
            <numerusform>expirée depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Speak TAG (en, ru, de, fr; e.g. ru-RU): the text printed, the interface language that requests report, and help links. Without it: the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), but English with --json.</source>
        <translation>Parler la langue TAG (en, ru, de, fr ; p. ex. ru-RU) : texte affiché, langue d&apos;interface indiquée dans les requêtes et liens d&apos;aide. Sans cette option : la langue de la locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), mais l&apos;anglais avec --json.</translation>
    </message>
    <message>
        <source>Received by: %1</source>
        <extracomment>%1 is the host that receives the request, with what it is</extracomment>
        <translation>Destinataire : %1</translation>
    </message>
    <message>
        <source>warn-days: %1 (a warning from %2 days before the license stops covering, critical from %3 days)</source>
        <translation>warn-days : %1 (avertissement à partir de %2 jours avant la fin de la couverture de la licence, critique à partir de %3 jours)</translation>
    </message>
    <message>
        <source>Use &apos;config show&apos; or &apos;config set warn-days 30,14,7,1&apos;.</source>
        <translation>Utilisez &apos;config show&apos; ou &apos;config set warn-days 30,14,7,1&apos;.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;; the one setting is warn-days.</source>
        <translation>Il n&apos;existe pas de paramètre « %1 » ; le seul paramètre est warn-days.</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact and extends the kept head %1: %n entries checked.</source>
        <translation>
            <numerusform>Le journal est intact et prolonge la tête conservée %1 : %n entrée vérifiée.</numerusform>
            <numerusform>Le journal est intact et prolonge la tête conservée %1 : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use &apos;journal&apos;, &apos;journal head&apos;, &apos;journal verify [--head SEQ:HASH]&apos; or &apos;journal export FILE&apos;.</source>
        <translation>Utilisez &apos;journal&apos;, &apos;journal head&apos;, &apos;journal verify [--head SEQ:HASH]&apos; ou &apos;journal export FILE&apos;.</translation>
    </message>
    <message>
        <source>The license state cannot be read: %1</source>
        <translation>L&apos;état de la licence ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Warning level: %1 — %2</source>
        <translation>Niveau :       %1 — %2</translation>
    </message>
    <message>
        <source>Then:          %1</source>
        <translation>Ensuite :      %1</translation>
    </message>
    <message>
        <source>--nagios and --prometheus cannot be combined.</source>
        <translation>--nagios et --prometheus ne peuvent pas être combinés.</translation>
    </message>
    <message>
        <source>status [--json] [--on-date YYYY-MM-DD]   the license state
  status --nagios | --prometheus              for monitoring: a plugin line and exit code, or metrics</source>
        <translation>status [--json] [--on-date YYYY-MM-DD]   l&apos;état de la licence
  status --nagios | --prometheus              pour la supervision : une ligne de plugin et un code de sortie, ou des métriques</translation>
    </message>
    <message>
        <source>journal [--json]                           everything that was sent, oldest first
  journal verify [--json]                    check the hash chain; exit 3 names the first bad entry
  journal head [--json]                      the current head SEQ:HASH, to keep elsewhere
  journal verify --head SEQ:HASH             also check that the journal still extends a kept head
  journal export FILE                        JSON Lines with prevHash and hash</source>
        <translation>journal [--json]                           tout ce qui a été envoyé, du plus ancien au plus récent
  journal verify [--json]                    vérifier la chaîne de hachage ; le code 3 indique la première entrée incorrecte
  journal head [--json]                      la tête actuelle SEQ:HASH, à conserver ailleurs
  journal verify --head SEQ:HASH             vérifier aussi que le journal prolonge encore une tête conservée
  journal export FILE                        JSON Lines avec prevHash et hash</translation>
    </message>
    <message>
        <source>config show [--json]                       the settings
  config set warn-days 30,14,7,1             days before the end that warnings begin</source>
        <translation>config show [--json]                       les paramètres
  config set warn-days 30,14,7,1             jours avant la fin où commencent les avertissements</translation>
    </message>
    <message>
        <source>status: one monitoring-plugin line; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation>status : une ligne de plugin de supervision ; code de sortie 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</translation>
    </message>
    <message>
        <source>status: metrics in the Prometheus text format (node_exporter&apos;s textfile collector).</source>
        <translation>status : métriques au format texte de Prometheus (collecteur textfile de node_exporter).</translation>
    </message>
    <message>
        <source>journal verify: the journal must still extend this head, kept elsewhere.</source>
        <translation>journal verify : le journal doit toujours prolonger cette tête, conservée ailleurs.</translation>
    </message>
</context>
<context>
    <name>LightAgent::DashboardPage</name>
    <message>
        <source>Functionality:</source>
        <comment>license level</comment>
        <extracomment>Caption of the functionality level: full, limited, none</extracomment>
        <translation>Fonctionnalité :</translation>
    </message>
    <message>
        <source>Functionality level</source>
        <translation>Niveau de fonctionnalité</translation>
    </message>
    <message>
        <source>Timeline of the active key</source>
        <translation>Chronologie de la clé active</translation>
    </message>
    <message>
        <source>License</source>
        <comment>page title</comment>
        <extracomment>Page title: the license of this installation</extracomment>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&amp;Add key file…</source>
        <translation>&amp;Ajouter un fichier clé…</translation>
    </message>
    <message>
        <source>Verify a key file on this computer and choose how to add it. Nothing is sent.</source>
        <translation>Vérifier un fichier clé sur cet ordinateur et choisir comment l&apos;ajouter. Rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Demo vendor profile</source>
        <extracomment>Badge: the console runs with the built-in demonstration vendor profile</extracomment>
        <translation>Profil de démonstration</translation>
    </message>
    <message>
        <source>This console uses the built-in demo vendor profile. It trusts only key files signed by the demo vendor and talks only to the demo licensing service; keys from a real vendor are refused. Start the console with --profile FILE to use your vendor&apos;s profile.</source>
        <translation>Cette console utilise le profil de fournisseur de démonstration intégré. Elle n&apos;approuve que les fichiers clés signés par le fournisseur de démonstration et ne communique qu&apos;avec le service de licences de démonstration ; les clés d&apos;un fournisseur réel sont refusées. Démarrez la console avec --profile FILE pour utiliser le profil de votre fournisseur.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Activate with a key file, which sends nothing, or with an activation code, after you have seen the exact data it sends.</source>
        <translation>Activez la solution avec un fichier clé, qui n&apos;envoie rien, ou avec un code d&apos;activation, après avoir vu les données exactes qu&apos;il envoie.</translation>
    </message>
    <message>
        <source>License</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the license dashboard</extracomment>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Ac&amp;tivate…</source>
        <translation>Ac&amp;tiver…</translation>
    </message>
</context>
<context>
    <name>LightAgent::DataProvisionAgreement</name>
    <message>
        <source>About data provision</source>
        <translation>À propos de la fourniture de données</translation>
    </message>
    <message>
        <source>When databases and application modules are updated</source>
        <translation>Lors de la mise à jour des bases de données et des modules d&apos;application</translation>
    </message>
    <message>
        <source>Scheduled updates can be switched off; an update can always be previewed first.</source>
        <translation>Les mises à jour planifiées peuvent être désactivées ; une mise à jour peut toujours être prévisualisée au préalable.</translation>
    </message>
    <message>
        <source>When you follow links from the interface</source>
        <translation>Lorsque vous suivez des liens depuis l&apos;interface</translation>
    </message>
    <message>
        <source>The link is shown before it is opened.</source>
        <translation>Le lien est affiché avant d&apos;être ouvert.</translation>
    </message>
    <message>
        <source>When an activation code is applied to activate the solution</source>
        <translation>Lors de l&apos;utilisation d&apos;un code d&apos;activation pour activer la solution</translation>
    </message>
    <message>
        <source>Not covered by this agreement: every activation with a code shows the exact request and asks you first. The same information is then sent periodically to verify that the solution is used appropriately, until you withdraw that consent. If you do not agree to send it, activate with a key file: that sends nothing.</source>
        <translation>Non couvert par cet accord : chaque activation avec un code affiche la requête exacte et vous demande d&apos;abord votre accord. Les mêmes informations sont ensuite envoyées périodiquement pour vérifier que la solution est utilisée de manière appropriée, jusqu&apos;à ce que vous retiriez ce consentement. Si vous n&apos;acceptez pas de les envoyer, activez la solution avec un fichier clé : cela n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>The vendor may use this information to generate statistical information about the distribution and use of its software. The received information is protected in accordance with the law and the vendor&apos;s rules. All of it travels over encrypted channels.</source>
        <translation>Le fournisseur peut utiliser ces informations pour établir des statistiques sur la diffusion et l&apos;utilisation de ses logiciels. Les informations reçues sont protégées conformément à la loi et aux règles du fournisseur. Elles transitent toutes par des canaux chiffrés.</translation>
    </message>
    <message>
        <source>How it is processed, stored and destroyed is described in the privacy policy: %1</source>
        <translation>Leur traitement, leur stockage et leur destruction sont décrits dans la politique de confidentialité : %1</translation>
    </message>
    <message>
        <source>The link was not opened and nothing was sent: following links from the console sends data only under the data-provision agreement, which is not accepted.</source>
        <translation>Le lien n&apos;a pas été ouvert et rien n&apos;a été envoyé : suivre des liens depuis la console n&apos;envoie des données que dans le cadre de l&apos;accord de fourniture de données, qui n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>Nothing was sent: database updates send data only under the data-provision agreement, which is not accepted.</source>
        <translation>Rien n&apos;a été envoyé : les mises à jour des bases de données n&apos;envoient des données que dans le cadre de l&apos;accord de fourniture de données, qui n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>Read it and accept it in the console, or with &apos;lightagent-ctl agreement show&apos; and &apos;lightagent-ctl agreement accept&apos;.</source>
        <translation>Lisez-le et acceptez-le dans la console, ou avec &apos;lightagent-ctl agreement show&apos; et &apos;lightagent-ctl agreement accept&apos;.</translation>
    </message>
    <message>
        <source>By accepting this agreement, you allow the console to send the following information automatically, each kind only to the hosts named with it below (as the vendor profile of %1 sets them). Nothing else is sent, and every transmission can be previewed beforehand and read afterwards in the transmission journal.</source>
        <extracomment>%1 is the vendor&apos;s name</extracomment>
        <translation>En acceptant cet accord, vous autorisez la console à envoyer automatiquement les informations suivantes, chaque type uniquement aux hôtes indiqués avec lui ci-dessous (tels que les définit le profil fournisseur de %1). Rien d&apos;autre n&apos;est envoyé, et chaque transmission peut être prévisualisée au préalable et consultée ensuite dans le journal des transmissions.</translation>
    </message>
    <message>
        <source>Sent to: %1</source>
        <extracomment>%1 lists the hosts that receive this kind of data, each with what it is</extracomment>
        <translation>Envoyé à : %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::DataProvisionPage</name>
    <message>
        <source>Data provision</source>
        <comment>page title</comment>
        <extracomment>Page title: what the console sends to the vendor, and when</extracomment>
        <translation>Fourniture de données</translation>
    </message>
    <message>
        <source>The console sends data to the vendor on three occasions only, listed below with every field it sends. Preview now shows the exact request that would be sent at this moment; previewing sends nothing. Every transmission is recorded in the transmission journal.</source>
        <translation>La console envoie des données au fournisseur dans trois cas seulement, énumérés ci-dessous avec chacun des champs envoyés. « Prévisualiser maintenant » affiche la requête exacte qui serait envoyée à cet instant ; la prévisualisation n&apos;envoie rien. Chaque transmission est enregistrée dans le journal des transmissions.</translation>
    </message>
    <message>
        <source>Your consent to activation with a code:</source>
        <translation>Votre consentement à l&apos;activation avec un code :</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Retirer le consentement…</translation>
    </message>
    <message>
        <source>All data is sent over encrypted connections (TLS) only.</source>
        <translation>Toutes les données sont envoyées exclusivement par des connexions chiffrées (TLS).</translation>
    </message>
    <message>
        <source>The vendor protects the information it receives as the law and its own rules require.</source>
        <translation>Le fournisseur protège les informations qu&apos;il reçoit conformément à la loi et à ses propres règles.</translation>
    </message>
    <message>
        <source>How the vendor processes, stores and destroys this information: %1</source>
        <extracomment>%1 is a link to the vendor&apos;s privacy policy</extracomment>
        <translation>Traitement, stockage et destruction de ces informations par le fournisseur : %1</translation>
    </message>
    <message>
        <source>the vendor&apos;s privacy policy</source>
        <translation>la politique de confidentialité du fournisseur</translation>
    </message>
    <message>
        <source>Updates of databases and application modules</source>
        <translation>Mises à jour des bases de données et des modules d&apos;application</translation>
    </message>
    <message>
        <source>Each update run gets a new update task ID; the license ID is the serial number of the active key.</source>
        <translation>Chaque mise à jour reçoit un nouvel identifiant de tâche de mise à jour ; l&apos;identifiant de licence est le numéro de série de la clé active.</translation>
    </message>
    <message>
        <source>Links followed from the console</source>
        <translation>Liens suivis depuis la console</translation>
    </message>
    <message>
        <source>The data travels in the address your web browser opens. The preview shows the help link of this page; every help link carries the same parameters.</source>
        <translation>Les données figurent dans l&apos;adresse qu&apos;ouvre votre navigateur web. L&apos;aperçu montre le lien d&apos;aide de cette page ; chaque lien d&apos;aide contient les mêmes paramètres.</translation>
    </message>
    <message>
        <source>Activation with an activation code</source>
        <translation>Activation avec un code d&apos;activation</translation>
    </message>
    <message>
        <source>This data is also sent periodically, to verify that the solution is used appropriately. The vendor may use it to generate statistics on the distribution and use of its software. If you do not agree to send it, activate with a key file instead: a key file is verified on this computer and sends nothing.</source>
        <translation>Ces données sont aussi envoyées périodiquement, pour vérifier que la solution est utilisée de manière appropriée. Le fournisseur peut les utiliser pour établir des statistiques sur la diffusion et l&apos;utilisation de ses logiciels. Si vous n&apos;acceptez pas de les envoyer, activez plutôt la solution avec un fichier clé : un fichier clé est vérifié sur cet ordinateur et n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>Data sent: %1</source>
        <translation>Données envoyées : %1</translation>
    </message>
    <message>
        <source>Show the exact request that would be sent now. Nothing is sent.</source>
        <translation>Afficher la requête exacte qui serait envoyée maintenant. Rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Preview now: %1</source>
        <translation>Prévisualiser maintenant : %1</translation>
    </message>
    <message>
        <source>The agreement for updates and followed links cannot be read: %1</source>
        <translation>L&apos;accord relatif aux mises à jour et aux liens suivis ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>You have not agreed to data provision for updates and followed links, so nothing of these two kinds is sent.</source>
        <translation>Vous n&apos;avez pas accepté la fourniture de données pour les mises à jour et les liens suivis : rien n&apos;est donc envoyé pour ces deux cas.</translation>
    </message>
    <message>
        <source>You agreed to data provision for updates and followed links on %1.</source>
        <translation>Vous avez accepté la fourniture de données pour les mises à jour et les liens suivis le %1.</translation>
    </message>
    <message>
        <source>You withdrew your agreement to data provision for updates and followed links on %1, so nothing of these two kinds is sent.</source>
        <translation>Vous avez retiré votre accord à la fourniture de données pour les mises à jour et les liens suivis le %1 : rien n&apos;est donc envoyé pour ces deux cas.</translation>
    </message>
    <message>
        <source>The consent cannot be read: %1</source>
        <translation>Le consentement ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Never given. Nothing of this kind has been sent: the console asks for your consent, showing the exact request, when you activate with a code.</source>
        <translation>Jamais donné. Rien de ce type n&apos;a été envoyé : la console vous demande votre consentement, en affichant la requête exacte, lorsque vous activez la solution avec un code.</translation>
    </message>
    <message>
        <source>Given on %1, to send this data and to re-send it periodically for license verification.</source>
        <translation>Donné le %1, pour envoyer ces données et les renvoyer périodiquement afin de vérifier la licence.</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2). The periodic license check is stopped; nothing more is sent until you activate with a code again.</source>
        <translation>Retiré le %1 (donné le %2). Le contrôle périodique de la licence est arrêté ; rien de plus n&apos;est envoyé tant que vous n&apos;activez pas à nouveau la solution avec un code.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Withdraw your consent to send activation data?

The periodic license check of the key activated with a code stops, so nothing more is sent for it. A key file works without sending anything; you can activate with one at any time.</source>
        <translation>Retirer votre consentement à l&apos;envoi des données d&apos;activation ?

Le contrôle périodique de la licence de la clé activée avec un code s&apos;arrête : plus rien n&apos;est envoyé pour elle. Un fichier clé fonctionne sans rien envoyer ; vous pouvez activer la solution avec un fichier clé à tout moment.</translation>
    </message>
    <message>
        <source>The consent was not withdrawn: %1</source>
        <translation>Le consentement n&apos;a pas été retiré : %1</translation>
    </message>
    <message>
        <source>There is no preview for this kind of transmission.</source>
        <translation>Aucun aperçu n&apos;est disponible pour ce type de transmission.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The request could not be built: %1</source>
        <translation>La requête n&apos;a pas pu être construite : %1</translation>
    </message>
    <message>
        <source>Sample: no key was activated with a code, so this preview uses the sample code %1 in place of a real one. Everything else is the data that would be sent now.</source>
        <translation>Exemple : aucune clé n&apos;a été activée avec un code, cet aperçu utilise donc le code d&apos;exemple %1 à la place d&apos;un code réel. Tout le reste correspond aux données qui seraient envoyées maintenant.</translation>
    </message>
    <message>
        <source>Show the &amp;agreement…</source>
        <translation>Afficher l&apos;&amp;accord…</translation>
    </message>
    <message>
        <source>Read the vendor&apos;s statement on data provision, and agree or withdraw your agreement.</source>
        <translation>Lire la déclaration du fournisseur sur la fourniture de données, puis donner ou retirer votre accord.</translation>
    </message>
    <message>
        <source>Preview now…</source>
        <translation>Prévisualiser maintenant…</translation>
    </message>
</context>
<context>
    <name>LightAgent::DatabaseBundle</name>
    <message>
        <source>The database bundle is larger than 64 KiB.</source>
        <translation>Le paquet de bases de données dépasse 64 Kio.</translation>
    </message>
</context>
<context>
    <name>LightAgent::DatabaseStatus</name>
    <message>
        <source>No databases installed yet.</source>
        <translation>Aucune base de données n&apos;est encore installée.</translation>
    </message>
    <message>
        <source>Version %1, released %2, %3 records — %4</source>
        <translation>Version %1, publiée le %2, %3 enregistrements — %4</translation>
    </message>
</context>
<context>
    <name>LightAgent::DisplayText</name>
    <message>
        <source>0 (today is the last valid day)</source>
        <comment>days left</comment>
        <translation>0 (aujourd&apos;hui est le dernier jour de validité)</translation>
    </message>
    <message>
        <source>None (expired on %1)</source>
        <comment>days left</comment>
        <translation>Aucun (expirée le %1)</translation>
    </message>
</context>
<context>
    <name>LightAgent::EnvelopePreview</name>
    <message>
        <source>Method:</source>
        <comment>HTTP method</comment>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>The full address a request goes to</extracomment>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Headers:</source>
        <comment>HTTP headers</comment>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <source>SHA-256 of the body:</source>
        <translation>SHA-256 du corps :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>Column headers of the table of data to be sent</extracomment>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Fields that will be sent</source>
        <translation>Champs qui seront envoyés</translation>
    </message>
    <message>
        <source>Exact bytes that will be sent</source>
        <translation>Octets exacts qui seront envoyés</translation>
    </message>
    <message>
        <source>&amp;Fields in words</source>
        <translation>Champs &amp;détaillés</translation>
    </message>
    <message>
        <source>E&amp;xact bytes</source>
        <translation>Octets e&amp;xacts</translation>
    </message>
    <message>
        <source>No request to show.</source>
        <translation>Aucune requête à afficher.</translation>
    </message>
    <message>
        <source>%1 — your web browser will open this address:</source>
        <translation>%1 — votre navigateur web ouvrira cette adresse :</translation>
    </message>
    <message>
        <source>%1 — this exact request will be sent over an encrypted connection:</source>
        <translation>%1 — cette requête exacte sera envoyée par une connexion chiffrée :</translation>
    </message>
    <message>
        <source>None set by the console; the browser sends its usual headers.</source>
        <translation>Aucun défini par la console ; le navigateur envoie ses en-têtes habituels.</translation>
    </message>
    <message>
        <source>The exact address, as the browser receives it.</source>
        <translation>L&apos;adresse exacte, telle que le navigateur la reçoit.</translation>
    </message>
    <message>
        <source>Exact address that will be opened</source>
        <translation>Adresse exacte qui sera ouverte</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n byte(s).</source>
        <translation>
            <numerusform>%n octet copié.</numerusform>
            <numerusform>%n octets copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the exact request</source>
        <translation>Enregistrer la requête exacte</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>HTTP requests (*.http);;All files (*)</source>
        <translation>Requêtes HTTP (*.http);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The request could not be saved to %1: %2</source>
        <translation>La requête n&apos;a pas pu être enregistrée dans %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n byte(s).</source>
        <translation>
            <numerusform>%n octet enregistré.</numerusform>
            <numerusform>%n octets enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>E&amp;xact address</source>
        <translation>Adresse e&amp;xacte</translation>
    </message>
    <message>
        <source>Besides these, the connection adds only Host, Content-Length and Connection, shown under Exact bytes.</source>
        <translation>En plus de ceux-ci, la connexion n&apos;ajoute que Host, Content-Length et Connection, affichés sous « Octets exacts ».</translation>
    </message>
    <message>
        <source>Exactly the bytes written to the encrypted connection, shown as UTF-8: the product&apos;s headers, plus the Host, Content-Length and Connection the connection adds; lines end with CR LF. Copy and Save give these bytes unchanged.</source>
        <translation>Exactement les octets écrits dans la connexion chiffrée, affichés en UTF-8 : les en-têtes du produit, plus les en-têtes Host, Content-Length et Connection qu&apos;ajoute la connexion ; les lignes se terminent par CR LF. « Copier » et « Enregistrer » fournissent ces octets sans modification.</translation>
    </message>
    <message>
        <source>One row for each field of the request body: its name, the value that will be sent and what it is.</source>
        <translation>Une ligne par champ du corps de la requête : son nom, la valeur qui sera envoyée et ce qu’elle représente.</translation>
    </message>
    <message>
        <source>Route:</source>
        <extracomment>How the request reaches the service: directly or through a proxy</extracomment>
        <translation>Chemin :</translation>
    </message>
    <message>
        <source>Exact request the proxy receives</source>
        <translation>Requête exacte que reçoit le proxy</translation>
    </message>
    <message>
        <source>Received by:</source>
        <extracomment>The host that receives the request, and what it is</extracomment>
        <translation>Destinataire :</translation>
    </message>
</context>
<context>
    <name>LightAgent::EnvelopePreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <extracomment>Window title; %1 is the kind of transmission, e.g. &quot;Activation with a code&quot;</extracomment>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>This is what would be sent now, built from the current data. Previewing sends nothing.</source>
        <translation>Voici ce qui serait envoyé maintenant, construit à partir des données actuelles. La prévisualisation n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpCatalog</name>
    <message>
        <source>About the license</source>
        <translation>À propos de la licence</translation>
    </message>
    <message>
        <source>About license keys</source>
        <translation>À propos des clés de licence</translation>
    </message>
    <message>
        <source>Activating the solution</source>
        <translation>Activation de la solution</translation>
    </message>
    <message>
        <source>About data provision</source>
        <translation>À propos de la fourniture de données</translation>
    </message>
    <message>
        <source>About the subscription</source>
        <translation>À propos de l&apos;abonnement</translation>
    </message>
    <message>
        <source>Replacing a key</source>
        <translation>Remplacement d&apos;une clé</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <source>Help catalog entry %1</source>
        <extracomment>%1 is the position of the entry in the help catalog, counting from 1</extracomment>
        <translation>Entrée %1 du catalogue d&apos;aide</translation>
    </message>
    <message>
        <source>%1 needs a &quot;place&quot; and a &quot;link&quot; of lower-case letters, digits and underscores.</source>
        <translation>%1 doit avoir un « place » et un « link » composés de minuscules, de chiffres et de traits de soulignement.</translation>
    </message>
    <message>
        <source>%1 (%2) has no title.</source>
        <translation>%1 (%2) n&apos;a pas de titre.</translation>
    </message>
    <message>
        <source>%1 (%2) names an unknown target &quot;%3&quot;.</source>
        <translation>%1 (%2) indique une cible inconnue « %3 ».</translation>
    </message>
    <message>
        <source>%1 (%2) needs a &quot;pageId&quot; of digits.</source>
        <translation>%1 (%2) doit avoir un « pageId » composé de chiffres.</translation>
    </message>
    <message>
        <source>Cannot read the help catalog %1: %2</source>
        <translation>Impossible de lire le catalogue d&apos;aide %1 : %2</translation>
    </message>
    <message>
        <source>The help catalog is not valid JSON: %1</source>
        <translation>Le catalogue d&apos;aide n&apos;est pas un JSON valide : %1</translation>
    </message>
    <message>
        <source>The help catalog&apos;s format is not &quot;%1&quot;.</source>
        <translation>Le format du catalogue d&apos;aide n&apos;est pas « %1 ».</translation>
    </message>
    <message>
        <source>The help catalog lists the place &quot;%1&quot; twice.</source>
        <translation>Le catalogue d&apos;aide cite deux fois l&apos;emplacement « %1 ».</translation>
    </message>
    <message>
        <source>The help catalog lists no pages.</source>
        <translation>Le catalogue d&apos;aide ne contient aucune page.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpLinkBuilder</name>
    <message>
        <source>There is no help for &quot;%1&quot;. Places with help: %2.</source>
        <translation>Il n&apos;y a pas d&apos;aide pour « %1 ». Emplacements avec une aide : %2.</translation>
    </message>
    <message>
        <source>The vendor profile names no privacy policy.</source>
        <translation>Le profil du fournisseur n&apos;indique aucune politique de confidentialité.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpLinkButton</name>
    <message>
        <source>Help</source>
        <extracomment>A button that opens the online help of the page it is on</extracomment>
        <translation>Aide</translation>
    </message>
    <message>
        <source>%1
Opens %2</source>
        <extracomment>Tooltip of a help button: %1 the help topic, %2 the exact address it opens</extracomment>
        <translation>%1
Ouvre %2</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <extracomment>Accessible name of a help button; %1 is the help topic</extracomment>
        <translation>Aide : %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpLinkPreviewDialog</name>
    <message>
        <source>Open help link</source>
        <translation>Ouvrir le lien d&apos;aide</translation>
    </message>
    <message>
        <source>Open &quot;%1&quot; in your web browser?</source>
        <extracomment>%1 is the title of a help topic, e.g. &quot;About data provision&quot;</extracomment>
        <translation>Ouvrir « %1 » dans votre navigateur web ?</translation>
    </message>
    <message>
        <source>Opening this link sends exactly what is shown below to %1, and the visit is recorded in the journal.</source>
        <extracomment>%1 is the host that receives the link, with what it is, e.g. &quot;click.kaspersky.com (the help redirector: a public site of a real vendor, not of Demo vendor)&quot;</extracomment>
        <translation>L&apos;ouverture de ce lien envoie à %1 exactement ce qui est affiché ci-dessous, et la visite est enregistrée dans le journal.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address of the link</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <source>&amp;Data in the address:</source>
        <translation>&amp;Données dans l&apos;adresse :</translation>
    </message>
    <message>
        <source>Data in the address</source>
        <translation>Données dans l&apos;adresse</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>This address carries no data about this installation. Like any web page, the site sees your computer&apos;s network address when it is opened.</source>
        <translation>Cette adresse ne contient aucune donnée sur cette installation. Comme pour toute page web, le site voit l&apos;adresse réseau de votre ordinateur à l&apos;ouverture.</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t show this preview again</source>
        <translation>&amp;Ne plus afficher cet aperçu</translation>
    </message>
    <message>
        <source>Links will then open at once, and are still recorded in the journal. Turn the preview back on with Help ▸ Preview help links before opening.</source>
        <extracomment>&quot;Help ▸ Preview help links before opening&quot; names the menu and its item</extracomment>
        <translation>Les liens s&apos;ouvriront alors immédiatement et seront toujours enregistrés dans le journal. Réactivez l&apos;aperçu avec Aide ▸ Aperçu des liens d&apos;aide avant l&apos;ouverture.</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>&amp;Ouvrir le lien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpMenu</name>
    <message>
        <source>Online help</source>
        <translation>Aide en ligne</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Online &amp;help</source>
        <translation>Aide en &amp;ligne</translation>
    </message>
    <message>
        <source>About &amp;data provision</source>
        <translation>À propos de la fourniture de &amp;données</translation>
    </message>
    <message>
        <source>&amp;Privacy policy</source>
        <translation>&amp;Politique de confidentialité</translation>
    </message>
    <message>
        <source>Pre&amp;view help links before opening</source>
        <translation>&amp;Aperçu des liens d&apos;aide avant l&apos;ouverture</translation>
    </message>
    <message>
        <source>Show the address of a help link and the data it carries before it is opened.</source>
        <translation>Afficher l&apos;adresse d&apos;un lien d&apos;aide et les données qu&apos;il contient avant de l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpOpener</name>
    <message>
        <source>Online help</source>
        <extracomment>Title of message boxes about following a help link</extracomment>
        <translation>Aide en ligne</translation>
    </message>
    <message>
        <source>Online help links send data to the vendor&apos;s help site: the interface language, the name of the link, the type and version of the solution and the ID of the help page.

The console sends them only under the data provision agreement, which also covers database updates. You can read the vendor&apos;s statement, and withdraw the agreement at any time, on the Data provision page.

Do you accept the data provision agreement?</source>
        <translation>Les liens vers l&apos;aide en ligne envoient des données au site d&apos;aide du fournisseur : la langue de l&apos;interface, le nom du lien, le type et la version de la solution et l&apos;identifiant de la page d&apos;aide.

La console ne les envoie qu&apos;avec l&apos;accord de fourniture de données, qui couvre aussi les mises à jour des bases. Vous pouvez lire la déclaration du fournisseur, et retirer votre accord à tout moment, sur la page Fourniture de données.

Acceptez-vous l&apos;accord de fourniture de données ?</translation>
    </message>
    <message>
        <source>The agreement was not recorded, so nothing was sent: %1</source>
        <translation>L&apos;accord n&apos;a pas été enregistré, donc rien n&apos;a été envoyé : %1</translation>
    </message>
    <message>
        <source>The link was not opened, because the transmission journal could not record it: %1</source>
        <translation>Le lien n&apos;a pas été ouvert, car le journal des transmissions n&apos;a pas pu l&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation>Aucun navigateur web n&apos;a pu ouvrir le lien.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HttpResponseParser</name>
    <message>
        <source>The service closed the connection before the whole answer arrived.</source>
        <translation>Le service a fermé la connexion avant que la réponse complète ne soit arrivée.</translation>
    </message>
    <message>
        <source>The service&apos;s answer has an oversized HTTP header.</source>
        <translation>La réponse du service contient un en-tête HTTP trop volumineux.</translation>
    </message>
    <message>
        <source>The service did not answer with HTTP/1.1.</source>
        <translation>Le service n&apos;a pas répondu en HTTP/1.1.</translation>
    </message>
    <message>
        <source>The service&apos;s answer has a malformed header line.</source>
        <translation>La réponse du service contient une ligne d&apos;en-tête mal formée.</translation>
    </message>
    <message>
        <source>The service&apos;s answer has an invalid length.</source>
        <translation>La réponse du service a une longueur non valide.</translation>
    </message>
    <message>
        <source>The service&apos;s answer is larger than %1 bytes; it was not read.</source>
        <translation>La réponse du service dépasse %1 octets ; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>The service&apos;s answer has a malformed chunk.</source>
        <translation>La réponse du service contient un bloc (chunk) mal formé.</translation>
    </message>
    <message>
        <source>The service&apos;s answer has oversized trailers.</source>
        <translation>La réponse du service contient des en-têtes de fin (trailers) trop volumineux.</translation>
    </message>
    <message>
        <source>The service&apos;s answer states two different lengths (Content-Length %1 and %2); it was not read.</source>
        <translation>La réponse du service indique deux longueurs différentes (Content-Length %1 et %2) ; elle n&apos;a pas été lue.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HttpsClient</name>
    <message>
        <source>Only https:// addresses are allowed; %1 was refused and nothing was sent.</source>
        <translation>Seules les adresses https:// sont autorisées ; %1 a été refusée et rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Cancelled. The request may already have reached the service.</source>
        <translation>Annulé. La requête est peut-être déjà parvenue au service.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Annulé avant tout envoi.</translation>
    </message>
    <message>
        <source>The service&apos;s public key does not match any key pinned in the vendor profile. Nothing was sent.</source>
        <translation>La clé publique du service ne correspond à aucune clé épinglée dans le profil du fournisseur. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The service redirected the request to %1; redirects are not followed, so nothing more was sent.</source>
        <translation>Le service a redirigé la requête vers %1 ; les redirections ne sont pas suivies, rien de plus n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>The service at %1 closed the connection during the secure handshake. Nothing was sent.</source>
        <translation>Le service à l&apos;adresse %1 a fermé la connexion pendant la négociation sécurisée. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The service&apos;s name %1 could not be resolved. Check the DNS settings or the vendor profile.</source>
        <translation>Le nom du service %1 n&apos;a pas pu être résolu. Vérifiez les paramètres DNS ou le profil du fournisseur.</translation>
    </message>
    <message>
        <source>The service at %1 refused the connection; it may be down or blocked by a firewall.</source>
        <translation>Le service à l&apos;adresse %1 a refusé la connexion ; il est peut-être arrêté ou bloqué par un pare-feu.</translation>
    </message>
    <message>
        <source>No secure connection could be agreed with %1 (TLS 1.2 or later is required). Nothing was sent.</source>
        <translation>Aucune connexion sécurisée n&apos;a pu être négociée avec %1 (TLS 1.2 ou version ultérieure requis). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection: %1</source>
        <translation>Le proxy a refusé la connexion ou n&apos;a pas pu l&apos;établir : %1</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>No secure connection to %1 within %2 seconds. Nothing was sent.</source>
        <translation>Aucune connexion sécurisée à %1 en %2 secondes. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The service did not answer completely within %1 seconds.</source>
        <translation>Le service n&apos;a pas répondu complètement en %1 secondes.</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalAnchor</name>
    <message>
        <source>&quot;%1&quot; is not a journal head. A head is the entry number, a colon and the entry&apos;s 64-digit hash, as &apos;lightagent-ctl journal head&apos; prints it.</source>
        <translation>« %1 » n&apos;est pas une tête de journal. Une tête est le numéro de l&apos;entrée, deux-points et le hachage de 64 chiffres de l&apos;entrée, tel que l&apos;affiche &apos;lightagent-ctl journal head&apos;.</translation>
    </message>
    <message>
        <source>The head of an empty journal is 0 with 64 zeros; &quot;%1&quot; is not.</source>
        <translation>La tête d&apos;un journal vide est 0 avec 64 zéros ; « %1 » ne l&apos;est pas.</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalEntryView</name>
    <message>
        <source>Time:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <extracomment>The kind of transmission</extracomment>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes :</translation>
    </message>
    <message>
        <source>Body size:</source>
        <translation>Taille du corps :</translation>
    </message>
    <message>
        <source>SHA-256 of the bytes sent:</source>
        <translation>SHA-256 des octets envoyés :</translation>
    </message>
    <message>
        <source>Stored copy:</source>
        <translation>Copie enregistrée :</translation>
    </message>
    <message>
        <source>Request:</source>
        <extracomment>The journal entry of the request that a result belongs to</extracomment>
        <translation>Requête :</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>Statut HTTP :</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <source>SHA-256 received:</source>
        <translation>SHA-256 reçu :</translation>
    </message>
    <message>
        <source>Digest check:</source>
        <translation>Contrôle de l&apos;empreinte :</translation>
    </message>
    <message>
        <source>Previous hash:</source>
        <translation>Hachage précédent :</translation>
    </message>
    <message>
        <source>Entry hash:</source>
        <translation>Hachage de l&apos;entrée :</translation>
    </message>
    <message>
        <source>The SHA-256 of the body bytes as the licensing service says it received them.</source>
        <translation>Le SHA-256 des octets du corps tels que le service de licences indique les avoir reçus.</translation>
    </message>
    <message>
        <source>SHA-256 over the previous entry&apos;s hash and this entry&apos;s fields: changing anything in an entry breaks the chain.</source>
        <translation>SHA-256 calculé sur le hachage de l&apos;entrée précédente et les champs de cette entrée : toute modification d&apos;une entrée rompt la chaîne.</translation>
    </message>
    <message>
        <source>Select an entry to see exactly what was sent.</source>
        <translation>Sélectionnez une entrée pour voir exactement ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>&amp;Indent for reading</source>
        <translation>I&amp;ndenter pour la lecture</translation>
    </message>
    <message>
        <source>Shows the JSON body indented. The bytes sent and stored are compact; the SHA-256 is of those.</source>
        <translation>Affiche le corps JSON indenté. Les octets envoyés et enregistrés sont compacts ; c&apos;est sur eux que porte le SHA-256.</translation>
    </message>
    <message>
        <source>Body as stored</source>
        <translation>Corps tel qu&apos;enregistré</translation>
    </message>
    <message>
        <source>No body: the data travels in the URL.</source>
        <translation>Aucun corps : les données figurent dans l&apos;URL.</translation>
    </message>
    <message>
        <source>%1 (UTC: %2)</source>
        <translation>%1 (UTC : %2)</translation>
    </message>
    <message>
        <source>Entry #%1: request</source>
        <extracomment>Details title; %1 is the entry number</extracomment>
        <translation>Entrée #%1 : requête</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) sent</source>
        <translation>
            <numerusform>%Ln octet envoyé</numerusform>
            <numerusform>%Ln octets envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>Identical to the bytes sent.</source>
        <translation>Identique aux octets envoyés.</translation>
    </message>
    <message>
        <source>The secret fields are masked, so the stored copy&apos;s own SHA-256 differs: %1</source>
        <translation>Les champs secrets sont masqués : le SHA-256 de la copie enregistrée est donc différent : %1</translation>
    </message>
    <message>
        <source>Entry #%1: result of #%2</source>
        <extracomment>Details title; %1 is the entry number, %2 the number of its request</extracomment>
        <translation>Entrée #%1 : résultat de #%2</translation>
    </message>
    <message>
        <source>Show request #%1</source>
        <translation>Afficher la requête #%1</translation>
    </message>
    <message>
        <source>None: no HTTP answer arrived.</source>
        <translation>Aucun : aucune réponse HTTP n&apos;est arrivée.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not reported by the service.</source>
        <translation>Non indiqué par le service.</translation>
    </message>
    <message>
        <source>Body as stored, in base64 (it is not text):</source>
        <translation>Corps tel qu&apos;enregistré, en base64 (ce n&apos;est pas du texte) :</translation>
    </message>
    <message>
        <source>Body as stored, indented for reading (the bytes themselves are compact), secret fields masked:</source>
        <translation>Corps tel qu&apos;enregistré, indenté pour la lecture (les octets eux-mêmes sont compacts), champs secrets masqués :</translation>
    </message>
    <message>
        <source>Body exactly as stored: the bytes sent, with secret fields masked:</source>
        <translation>Corps exactement tel qu&apos;enregistré : les octets envoyés, champs secrets masqués :</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <extracomment>Details tab: the request body as stored</extracomment>
        <translation>C&amp;orps</translation>
    </message>
    <message>
        <source>SHA-256 of the bytes sent: %1</source>
        <extracomment>%1 is the SHA-256 of the exact bytes sent, in hex</extracomment>
        <translation>SHA-256 des octets envoyés : %1</translation>
    </message>
    <message>
        <source>Fiel&amp;ds</source>
        <extracomment>Details tab: every field of the journal entry</extracomment>
        <translation>&amp;Champs</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalModel</name>
    <message>
        <source>%1 (UTC)</source>
        <extracomment>Tooltip of a journal time; %1 is the time in UTC, ISO 8601</extracomment>
        <translation>%1 (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>SHA-256 of the %n byte(s) that were sent:</source>
        <translation>
            <numerusform>SHA-256 des octets envoyés (%n octet) :</numerusform>
            <numerusform>SHA-256 des octets envoyés (%n octets) :</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 of the bytes the service says it received:</source>
        <translation>SHA-256 des octets que le service indique avoir reçus :</translation>
    </message>
    <message>
        <source>The entry&apos;s number in the journal</source>
        <translation>Le numéro de l&apos;entrée dans le journal</translation>
    </message>
    <message>
        <source>For a request, the SHA-256 of the exact bytes sent; for a result, the SHA-256 the service says it received</source>
        <translation>Pour une requête, le SHA-256 des octets exacts envoyés ; pour un résultat, le SHA-256 que le service indique avoir reçu</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Journal column: the entry number</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Journal column: the kind of transmission</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Journal column: the request&apos;s method and URL, or the result&apos;s outcome</extracomment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Body SHA-256</source>
        <translation>SHA-256 du corps</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalPage</name>
    <message>
        <source>Part of the journal could not be read: %1</source>
        <translation>Une partie du journal n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Transmission journal</source>
        <extracomment>Page title: the record of everything that was sent</extracomment>
        <translation>Journal des transmissions</translation>
    </message>
    <message>
        <source>Every transmission this installation made, or was asked to make and declined: the request is recorded before it is sent and its result after. Each entry is chained to the one before by a SHA-256 hash, so a changed or removed entry shows when you verify the journal.</source>
        <translation>Chaque transmission effectuée par cette installation, ou demandée puis refusée : la requête est enregistrée avant son envoi, et son résultat après. Chaque entrée est chaînée à la précédente par un hachage SHA-256 : une entrée modifiée ou supprimée est donc détectée lorsque vous vérifiez le journal.</translation>
    </message>
    <message>
        <source>Nothing has been sent from this installation yet. Activation with a key file sends nothing.</source>
        <translation>Rien n&apos;a encore été envoyé depuis cette installation. L&apos;activation avec un fichier clé n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>Check every entry&apos;s hash and the chain that links them.</source>
        <translation>Vérifier le hachage de chaque entrée et la chaîne qui les relie.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the journal as JSON Lines: one entry per line, with its hashes, so that anyone can check the chain.</source>
        <translation>Enregistrer le journal au format JSON Lines : une entrée par ligne, avec ses hachages, afin que chacun puisse vérifier la chaîne.</translation>
    </message>
    <message>
        <source>Read the journal again.</source>
        <translation>Relire le journal.</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Journal check</source>
        <translation>Vérification du journal</translation>
    </message>
    <message>
        <source>Number of journal entries</source>
        <translation>Nombre d&apos;entrées du journal</translation>
    </message>
    <message>
        <source>Journal activity</source>
        <translation>Activité du journal</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Le journal n&apos;a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <extracomment>Journal page: how many entries (requests and results) the journal holds</extracomment>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>Vérification de chaque entrée…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The journal was not exported: %1</source>
        <translation>Le journal n&apos;a pas été exporté : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries were exported to %1.

Each line is one entry as a JSON object with the hashes that chain it to the line before, so that anyone can check it.</source>
        <translation>
            <numerusform>%Ln entrée a été exportée vers %1.

Chaque ligne est une entrée sous forme d&apos;objet JSON, avec les hachages qui la chaînent à la ligne précédente, afin que chacun puisse la vérifier.</numerusform>
            <numerusform>%Ln entrées ont été exportées vers %1.

Chaque ligne est une entrée sous forme d&apos;objet JSON, avec les hachages qui la chaînent à la ligne précédente, afin que chacun puisse la vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ve&amp;rify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>The journal could not be checked at %1: %2</source>
        <extracomment>%1 is when the check was made, %2 why it failed</extracomment>
        <translation>Le journal n&apos;a pas pu être vérifié à %1 : %2</translation>
    </message>
    <message>
        <source>Checked at %1: %2</source>
        <extracomment>%1 is when the check was made, %2 the problem it found</extracomment>
        <translation>Vérifié à %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %Ln entries checked at %1.</source>
        <extracomment>%1 is when the check was made</extracomment>
        <translation>
            <numerusform>Le journal est intact : %Ln entrée vérifiée à %1.</numerusform>
            <numerusform>Le journal est intact : %Ln entrées vérifiées à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln entries at %1: they were intact.</source>
        <extracomment>%1 is when the check was made</extracomment>
        <translation>
            <numerusform>%Ln entrée vérifiée à %1 : elle était intacte.</numerusform>
            <numerusform>%Ln entrées vérifiées à %1 : elles étaient intactes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries added since — verify again.</source>
        <translation>
            <numerusform>%Ln entrée ajoutée depuis — vérifiez à nouveau.</numerusform>
            <numerusform>%Ln entrées ajoutées depuis — vérifiez à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal has changed since — verify again.</source>
        <translation>Le journal a changé depuis — vérifiez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalText</name>
    <message>
        <source>sent — HTTP %1</source>
        <comment>journal outcome</comment>
        <translation>envoyée — HTTP %1</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>journal outcome</comment>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>, digest confirmed</source>
        <comment>journal outcome</comment>
        <translation>, empreinte confirmée</translation>
    </message>
    <message>
        <source>, the service received different bytes</source>
        <comment>journal outcome</comment>
        <translation>, le service a reçu des octets différents</translation>
    </message>
    <message>
        <source>failed — HTTP %1: %2</source>
        <comment>journal outcome</comment>
        <extracomment>Journal outcome; %1 the HTTP status code, %2 what went wrong</extracomment>
        <translation>échec — HTTP %1 : %2</translation>
    </message>
    <message>
        <source>failed — %1</source>
        <comment>journal outcome</comment>
        <extracomment>Journal outcome; %1 what went wrong</extracomment>
        <translation>échec — %1</translation>
    </message>
    <message>
        <source>Result of #%1</source>
        <extracomment>Journal table: a result entry; %1 is the number of its request entry</extracomment>
        <translation>Résultat de #%1</translation>
    </message>
    <message>
        <source>declined — nothing was sent</source>
        <comment>journal outcome</comment>
        <translation>refusée — rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>cancelled — stopped before an answer arrived</source>
        <comment>journal outcome</comment>
        <translation>annulée — arrêtée avant l&apos;arrivée d&apos;une réponse</translation>
    </message>
    <message>
        <source>Matches: the service received exactly the bytes that were sent.</source>
        <translation>Correspond : le service a reçu exactement les octets qui ont été envoyés.</translation>
    </message>
    <message>
        <source>Does not match: the service received different bytes than the ones that were sent and shown.</source>
        <translation>Ne correspond pas : le service a reçu des octets différents de ceux qui ont été envoyés et affichés.</translation>
    </message>
    <message>
        <source>Not checked: the service did not report a digest.</source>
        <translation>Non vérifié : le service n&apos;a indiqué aucune empreinte.</translation>
    </message>
    <message>
        <source>failed — HTTP %1</source>
        <comment>journal outcome</comment>
        <translation>échec — HTTP %1</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>journal outcome</comment>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalVerifier</name>
    <message>
        <source>Entry %1 was changed after it was written (its hash does not match its content).</source>
        <translation>L&apos;entrée %1 a été modifiée après son écriture (son hachage ne correspond pas à son contenu).</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the journal starts at entry %2.</source>
        <translation>L&apos;entrée %1 est manquante : le journal commence à l&apos;entrée %2.</translation>
    </message>
    <message>
        <source>Entries %1–%2 are missing: the journal starts at entry %3.</source>
        <translation>Les entrées %1–%2 sont manquantes : le journal commence à l&apos;entrée %3.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: entry %2 follows entry %3.</source>
        <translation>L&apos;entrée %1 est manquante : l&apos;entrée %2 suit l&apos;entrée %3.</translation>
    </message>
    <message>
        <source>Entries %1–%2 are missing: entry %3 follows entry %4.</source>
        <translation>Les entrées %1–%2 sont manquantes : l&apos;entrée %3 suit l&apos;entrée %4.</translation>
    </message>
    <message>
        <source>Entry %1 is out of order (it was written right after entry %2, which now comes after it).</source>
        <translation>L&apos;entrée %1 n&apos;est pas à sa place (elle a été écrite juste après l&apos;entrée %2, qui se trouve maintenant après elle).</translation>
    </message>
    <message>
        <source>Entry %1 does not continue the chain (its previous hash is not the start of the chain).</source>
        <translation>L&apos;entrée %1 ne prolonge pas la chaîne (son hachage précédent n&apos;est pas le début de la chaîne).</translation>
    </message>
    <message>
        <source>Entry %1 does not continue the chain (its previous hash is not entry %2&apos;s hash).</source>
        <translation>L&apos;entrée %1 ne prolonge pas la chaîne (son hachage précédent n&apos;est pas le hachage de l&apos;entrée %2).</translation>
    </message>
    <message>
        <source>The journal&apos;s head record was removed, so removed last entries cannot be detected.</source>
        <translation>L&apos;enregistrement de tête du journal a été supprimé : la suppression des dernières entrées ne peut donc pas être détectée.</translation>
    </message>
    <message>
        <source>The journal&apos;s head was changed: it records a last hash, but the journal is empty.</source>
        <translation>La tête du journal a été modifiée : elle enregistre un dernier hachage, mais le journal est vide.</translation>
    </message>
    <message>
        <source>Entry %1 was replaced after it was written (the journal&apos;s head records another hash for it).</source>
        <translation>L&apos;entrée %1 a été remplacée après son écriture (la tête du journal enregistre un autre hachage pour elle).</translation>
    </message>
    <message>
        <source>The journal&apos;s head was changed: it counts %1 entries, but the journal holds %2.</source>
        <translation>La tête du journal a été modifiée : elle compte %1 entrées, mais le journal en contient %2.</translation>
    </message>
    <message>
        <source>The journal is empty, but entry %1 was written: entry %1 was removed.</source>
        <translation>Le journal est vide, mais l&apos;entrée %1 a été écrite : l&apos;entrée %1 a été supprimée.</translation>
    </message>
    <message>
        <source>The journal is empty, but entry %1 was written: entries %2–%1 were removed.</source>
        <translation>Le journal est vide, mais l&apos;entrée %1 a été écrite : les entrées %2–%1 ont été supprimées.</translation>
    </message>
    <message>
        <source>The journal ends at entry %1, but entry %2 was written: entry %2 was removed.</source>
        <translation>Le journal se termine à l&apos;entrée %1, mais l&apos;entrée %2 a été écrite : l&apos;entrée %2 a été supprimée.</translation>
    </message>
    <message>
        <source>The journal ends at entry %1, but entry %2 was written: entries %3–%2 were removed.</source>
        <translation>Le journal se termine à l&apos;entrée %1, mais l&apos;entrée %2 a été écrite : les entrées %3–%2 ont été supprimées.</translation>
    </message>
    <message>
        <source>Entry %1 was not written by the console: the journal&apos;s head ends at entry %2.</source>
        <translation>L&apos;entrée %1 n&apos;a pas été écrite par la console : la tête du journal se termine à l&apos;entrée %2.</translation>
    </message>
    <message>
        <source>Entries %1–%2 were not written by the console: the journal&apos;s head ends at entry %3.</source>
        <translation>Les entrées %1–%2 n&apos;ont pas été écrites par la console : la tête du journal se termine à l&apos;entrée %3.</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournaledExchange</name>
    <message>
        <source>Nothing was sent, because the transmission journal could not record it: %1</source>
        <translation>Rien n&apos;a été envoyé, car le journal des transmissions n&apos;a pas pu l&apos;enregistrer : %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyCard</name>
    <message>
        <source>Active key</source>
        <translation>Clé active</translation>
    </message>
    <message>
        <source>Reserve key</source>
        <translation>Clé de réserve</translation>
    </message>
    <message>
        <source>Serial:</source>
        <extracomment>The key&apos;s serial number</extracomment>
        <translation>Numéro de série :</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Édition :</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>license type</comment>
        <extracomment>License type: commercial, trial, subscription…</extracomment>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <comment>what is licensed</comment>
        <extracomment>What the key licenses, e.g. &quot;100 cores&quot;</extracomment>
        <translation>Licences :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Jours restants :</translation>
    </message>
    <message>
        <source>Licensee:</source>
        <translation>Titulaire :</translation>
    </message>
    <message>
        <source>Source:</source>
        <comment>origin of the key</comment>
        <extracomment>Where the key came from: a key file or an activation code</extracomment>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Blocked since:</source>
        <translation>Bloquée depuis le :</translation>
    </message>
    <message>
        <source>Other fields (not used):</source>
        <translation>Autres champs (non utilisés) :</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <comment>active key</comment>
        <translation>Suppri&amp;mer…</translation>
    </message>
    <message>
        <source>Remove the active key</source>
        <translation>Supprimer la clé active</translation>
    </message>
    <message>
        <source>Remove the reserve key</source>
        <translation>Supprimer la clé de réserve</translation>
    </message>
    <message>
        <source>No active key</source>
        <translation>Aucune clé active</translation>
    </message>
    <message>
        <source>No reserve key</source>
        <translation>Aucune clé de réserve</translation>
    </message>
    <message>
        <source>Add a&amp;ctive key…</source>
        <translation>Ajouter une clé a&amp;ctive…</translation>
    </message>
    <message>
        <source>Add r&amp;eserve key…</source>
        <translation>Ajouter une clé de &amp;réserve…</translation>
    </message>
    <message>
        <source>Add a key file to activate the solution. Verifying a key file sends nothing.</source>
        <translation>Ajoutez un fichier clé pour activer la solution. La vérification d&apos;un fichier clé n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>A reserve key takes over automatically when the active key expires, so protection continues without a gap.</source>
        <translation>Une clé de réserve prend automatiquement le relais à l&apos;expiration de la clé active : la protection se poursuit sans interruption.</translation>
    </message>
    <message>
        <source>A reserve key can be added once there is an active key.</source>
        <translation>Une clé de réserve peut être ajoutée dès qu&apos;une clé active est présente.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>validity period</comment>
        <extracomment>Validity period of a key: &quot;from DATE to DATE&quot;</extracomment>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Key file, added on %1</source>
        <translation>Fichier clé, ajouté le %1</translation>
    </message>
    <message>
        <source>Activation code %1, added on %2</source>
        <translation>Code d&apos;activation %1, ajouté le %2</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <comment>reserve key</comment>
        <translation>Supprim&amp;er…</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyChangeTraffic</name>
    <message>
        <source>Adding it sends nothing to anyone.</source>
        <translation>Son ajout n&apos;envoie rien à personne.</translation>
    </message>
    <message>
        <source>Adding it sends nothing to anyone; scheduled database updates go on as before.</source>
        <translation>Son ajout n&apos;envoie rien à personne ; les mises à jour planifiées des bases de données continuent comme avant.</translation>
    </message>
    <message>
        <source>Adding it sends nothing itself, but it lets the scheduled database update run, which is due now: under the data-provision agreement of %1, that update sends its request, with the active key&apos;s serial, to %2.</source>
        <extracomment>%1 the date the data-provision agreement was accepted, %2 the receiving host</extracomment>
        <translation>L&apos;ajout lui-même n&apos;envoie rien, mais il permet à la mise à jour planifiée des bases de données, qui est due maintenant, de s&apos;exécuter : dans le cadre de l&apos;accord de fourniture de données du %1, cette mise à jour envoie sa requête, avec le numéro de série de la clé active, à %2.</translation>
    </message>
    <message>
        <source>Adding it sends nothing itself; under the data-provision agreement of %1, the next scheduled database update sends its request, with the active key&apos;s serial, to %2 at %3.</source>
        <extracomment>%1 the date the agreement was accepted, %2 the receiving host, %3 when the update runs</extracomment>
        <translation>L&apos;ajout lui-même n&apos;envoie rien ; dans le cadre de l&apos;accord de fourniture de données du %1, la prochaine mise à jour planifiée des bases de données enverra sa requête, avec le numéro de série de la clé active, à %2 le %3.</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyFile</name>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Impossible de lire le fichier clé %1 : %2</translation>
    </message>
    <message>
        <source>The file is larger than 64 KiB; a key file is much smaller, so this is not a key file.</source>
        <translation>Le fichier dépasse 64 Kio ; un fichier clé est beaucoup plus petit : ce n&apos;est donc pas un fichier clé.</translation>
    </message>
    <message>
        <source>The key file has the format &quot;%1&quot;; this console reads &quot;%2&quot;.</source>
        <translation>Le fichier clé a le format « %1 » ; cette console lit « %2 ».</translation>
    </message>
    <message>
        <source>The key file was signed by &quot;%1&quot;, which the vendor profile does not trust.</source>
        <translation>Le fichier clé a été signé par « %1 », que le profil du fournisseur n&apos;approuve pas.</translation>
    </message>
    <message>
        <source>The key file&apos;s signature is %1 bytes long instead of 64: it was cut short or damaged.</source>
        <translation>La signature du fichier clé fait %1 octets au lieu de 64 : elle a été tronquée ou endommagée.</translation>
    </message>
    <message>
        <source>The key file&apos;s signature does not match the vendor&apos;s key: the file was changed after it was issued.</source>
        <translation>La signature du fichier clé ne correspond pas à la clé du fournisseur : le fichier a été modifié après sa délivrance.</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyInspectionDialog</name>
    <message>
        <source>&amp;Add key</source>
        <translation>&amp;Ajouter la clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Inspect key file</source>
        <translation>Inspecter le fichier clé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The key was not added: %1</source>
        <translation>La clé n&apos;a pas été ajoutée : %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyInspectionView</name>
    <message>
        <source>Key file</source>
        <translation>Fichier clé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>This key file cannot be used.</source>
        <translation>Ce fichier clé ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>What the key file holds</source>
        <translation>Contenu du fichier clé</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <extracomment>The signing key named in the key file, e.g. &quot;demo-2026 — signature verified&quot;</extracomment>
        <translation>Signé par :</translation>
    </message>
    <message>
        <source>%1 — signature verified</source>
        <translation>%1 — signature vérifiée</translation>
    </message>
    <message>
        <source>Serial:</source>
        <extracomment>The key&apos;s serial number</extracomment>
        <translation>Numéro de série :</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Édition :</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>license type</comment>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <comment>what is licensed</comment>
        <translation>Licences :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <extracomment>Validity period of a key: &quot;from DATE to DATE&quot;</extracomment>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>validity period</comment>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Jours restants :</translation>
    </message>
    <message>
        <source>Grace period:</source>
        <extracomment>Grace period of a subscription key: &quot;until DATE&quot;, or &quot;None&quot;</extracomment>
        <translation>Période de grâce :</translation>
    </message>
    <message>
        <source>Until %1</source>
        <comment>grace period</comment>
        <translation>Jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>None</source>
        <comment>grace period</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Licensee:</source>
        <translation>Titulaire :</translation>
    </message>
    <message>
        <source>Other fields (not used):</source>
        <translation>Autres champs (non utilisés) :</translation>
    </message>
    <message>
        <source>File SHA-256:</source>
        <translation>SHA-256 du fichier :</translation>
    </message>
    <message>
        <source>Add as</source>
        <translation>Ajouter comme</translation>
    </message>
    <message>
        <source>A&amp;ctive key</source>
        <translation>Clé a&amp;ctive</translation>
    </message>
    <message>
        <source>&amp;Reserve key</source>
        <translation>Clé de &amp;réserve</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Ce qui va changer</translation>
    </message>
    <message>
        <source>Choose a key file that can be added first.</source>
        <translation>Choisissez d&apos;abord un fichier clé qui peut être ajouté.</translation>
    </message>
    <message>
        <source>Not possible. %1</source>
        <extracomment>Why a key cannot go to this slot; %1 is the vendor rule&apos;s message</extracomment>
        <translation>Impossible. %1</translation>
    </message>
    <message>
        <source>This key can be added neither as the active key nor as the reserve key; the reason is given under each.</source>
        <translation>Cette clé ne peut être ajoutée ni comme clé active ni comme clé de réserve ; la raison est indiquée sous chaque choix.</translation>
    </message>
    <message>
        <source>The key file was verified on this computer.</source>
        <translation>Le fichier clé a été vérifié sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyRules</name>
    <message>
        <source>The key expired on %1; an expired key cannot be added.</source>
        <translation>La clé a expiré le %1 ; une clé expirée ne peut pas être ajoutée.</translation>
    </message>
    <message>
        <source>The key %1 has already been added.</source>
        <translation>La clé %1 a déjà été ajoutée.</translation>
    </message>
    <message>
        <source>The key becomes valid only on %1. Add it as the reserve key, or add it as the active key on that day.</source>
        <translation>La clé ne devient valide que le %1. Ajoutez-la comme clé de réserve, ou ajoutez-la comme clé active ce jour-là.</translation>
    </message>
    <message>
        <source>A trial key cannot replace a commercial key.</source>
        <translation>Une clé d&apos;évaluation ne peut pas remplacer une clé commerciale.</translation>
    </message>
    <message>
        <source>The reserve key licenses %1, this key %2. Remove the reserve key first: a reserve key must license the same unit as the active key.</source>
        <translation>La clé de réserve couvre %1, cette clé %2. Supprimez d&apos;abord la clé de réserve : une clé de réserve doit couvrir la même unité de licence que la clé active.</translation>
    </message>
    <message>
        <source>A reserve key can only be added beside an active key. Add this key as the active key.</source>
        <translation>Une clé de réserve ne peut être ajoutée qu&apos;en complément d&apos;une clé active. Ajoutez cette clé comme clé active.</translation>
    </message>
    <message>
        <source>The active key licenses %1, this key %2. A reserve key must license the same unit as the active key.</source>
        <translation>La clé active couvre %1, cette clé %2. Une clé de réserve doit couvrir la même unité de licence que la clé active.</translation>
    </message>
    <message>
        <source>The key %1 becomes the active key.</source>
        <translation>La clé %1 devient la clé active.</translation>
    </message>
    <message>
        <source>The key %1 becomes the reserve key; it takes over when the active key expires.</source>
        <translation>La clé %1 devient la clé de réserve ; elle prend le relais à l&apos;expiration de la clé active.</translation>
    </message>
    <message>
        <source>The key %1 is removed from this installation.</source>
        <translation>La clé %1 est supprimée de cette installation.</translation>
    </message>
    <message>
        <source>The license status changes from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>L&apos;état de la licence passe de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>Functionality changes to: %1.</source>
        <translation>La fonctionnalité devient : %1.</translation>
    </message>
    <message>
        <source>A trial key can only be the active key, not the reserve key.</source>
        <translation>Une clé d&apos;évaluation ne peut être que la clé active, et non la clé de réserve.</translation>
    </message>
    <message>
        <source>A subscription key can only be the active key, not the reserve key.</source>
        <translation>Une clé d&apos;abonnement ne peut être que la clé active, et non la clé de réserve.</translation>
    </message>
    <message>
        <source>The key %1 is still valid until %2; the time it has left is lost.</source>
        <translation>La clé %1 est encore valide jusqu&apos;au %2 ; le temps qui lui reste est perdu.</translation>
    </message>
    <message numerus="yes">
        <source>The license then covers the time up to %1 instead of %2: %n day(s) less.</source>
        <extracomment>%1 and %2 are dates; %n is the number of days of license time lost</extracomment>
        <translation>
            <numerusform>La licence couvre alors la période jusqu&apos;au %1 au lieu du %2 : %n jour de moins.</numerusform>
            <numerusform>La licence couvre alors la période jusqu&apos;au %1 au lieu du %2 : %n jours de moins.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying this key would lose license time, so it was not applied without your confirmation.</source>
        <translation>L&apos;application de cette clé ferait perdre du temps de licence ; elle n&apos;a donc pas été appliquée sans votre confirmation.</translation>
    </message>
    <message>
        <source>The key the licensing service issues becomes the active key.</source>
        <translation>La clé délivrée par le service de licences devient la clé active.</translation>
    </message>
    <message>
        <source>The key the licensing service issues becomes the reserve key beside the active key %1, if it licenses the same unit and is neither a trial nor a subscription key.</source>
        <translation>La clé délivrée par le service de licences devient la clé de réserve à côté de la clé active %1, si elle porte sur la même unité et n&apos;est ni une clé d&apos;évaluation ni une clé d&apos;abonnement.</translation>
    </message>
    <message>
        <source>It would replace the key %1, valid until %2. If that removes a valid key or shortens the time the license covers, you are shown both keys and the new key is applied only when you confirm.</source>
        <translation>Elle remplacerait la clé %1, valide jusqu&apos;au %2. Si cela supprime une clé valide ou raccourcit la période couverte par la licence, les deux clés vous sont présentées et la nouvelle clé n&apos;est appliquée qu&apos;après votre confirmation.</translation>
    </message>
    <message>
        <source>It replaces the key %1, which expired on %2.</source>
        <translation>Elle remplace la clé %1, qui a expiré le %2.</translation>
    </message>
    <message>
        <source>A key that cannot be applied this way is kept as a received key, which you can apply or add as the reserve key later; the current keys stay as they are.</source>
        <translation>Une clé qui ne peut pas être appliquée ainsi est conservée comme clé reçue, que vous pourrez appliquer ou ajouter comme clé de réserve plus tard ; les clés actuelles restent inchangées.</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyStore</name>
    <message>
        <source>read the keys</source>
        <translation>lecture des clés</translation>
    </message>
    <message>
        <source>A stored key no longer passes verification with this vendor profile: %1</source>
        <translation>Une clé enregistrée ne passe plus la vérification avec ce profil de fournisseur : %1</translation>
    </message>
    <message>
        <source>change the keys</source>
        <translation>modification des clés</translation>
    </message>
    <message>
        <source>store a key</source>
        <translation>enregistrement d&apos;une clé</translation>
    </message>
    <message>
        <source>There is no active key to remove.</source>
        <translation>Il n&apos;y a aucune clé active à supprimer.</translation>
    </message>
    <message>
        <source>There is no reserve key to remove.</source>
        <translation>Il n&apos;y a aucune clé de réserve à supprimer.</translation>
    </message>
</context>
<context>
    <name>LightAgent::LanguageManager</name>
    <message>
        <source>Light Agent Console</source>
        <translation>Light Agent Console</translation>
    </message>
</context>
<context>
    <name>LightAgent::LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu of the interface languages</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Switch the interface language now; the choice is remembered.</source>
        <translation>Changer immédiatement la langue de l&apos;interface ; le choix est mémorisé.</translation>
    </message>
</context>
<context>
    <name>LightAgent::License</name>
    <message>
        <source>Commercial</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Bêta</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n cœur</numerusform>
            <numerusform>%n cœurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processor(s)</source>
        <translation>
            <numerusform>%n processeur</numerusform>
            <numerusform>%n processeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n poste de travail</numerusform>
            <numerusform>%n postes de travail</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LightAgent::LicenseCheckPanel</name>
    <message>
        <source>Periodic license check</source>
        <translation>Contrôle périodique de la licence</translation>
    </message>
    <message>
        <source>Next check:</source>
        <extracomment>Caption: when the license is checked next with the licensing service</extracomment>
        <translation>Prochain contrôle :</translation>
    </message>
    <message>
        <source>Last check:</source>
        <extracomment>Caption: the last license check that got an answer</extracomment>
        <translation>Dernier contrôle :</translation>
    </message>
    <message>
        <source>Failures:</source>
        <extracomment>Caption: license checks that failed one after another</extracomment>
        <translation>Échecs :</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>Pré&amp;visualiser…</translation>
    </message>
    <message>
        <source>Show the exact request a license check sends now. Nothing is sent.</source>
        <translation>Afficher la requête exacte qu&apos;un contrôle de licence enverrait maintenant. Rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Preview the license check</source>
        <translation>Aperçu du contrôle de licence</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>C&amp;ontrôler maintenant</translation>
    </message>
    <message>
        <source>Send the license check now, under the consent you gave when you activated with a code.</source>
        <translation>Envoyer maintenant le contrôle de licence, dans le cadre du consentement que vous avez donné lors de l&apos;activation avec un code.</translation>
    </message>
    <message>
        <source>Result of the license check</source>
        <translation>Résultat du contrôle de licence</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>Contrôle en cours…</translation>
    </message>
    <message>
        <source>None</source>
        <comment>next check</comment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Sending the license check…</source>
        <translation>Envoi du contrôle de licence…</translation>
    </message>
    <message>
        <source>The last check did not succeed: %1</source>
        <translation>Le dernier contrôle n&apos;a pas abouti : %1</translation>
    </message>
    <message>
        <source>The service answered and confirmed it received exactly the bytes sent (SHA-256 %1).</source>
        <translation>Le service a répondu et a confirmé avoir reçu exactement les octets envoyés (SHA-256 %1).</translation>
    </message>
    <message>
        <source>The service answered, but did not confirm the digest of the bytes sent (SHA-256 %1).</source>
        <translation>Le service a répondu, mais n&apos;a pas confirmé l&apos;empreinte des octets envoyés (SHA-256 %1).</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n&apos;a été envoyé : %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>There is no license check to preview: %1</source>
        <translation>Aucun contrôle de licence à prévisualiser : %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::LicenseState</name>
    <message>
        <source>The solution is not activated.</source>
        <translation>La solution n&apos;est pas activée.</translation>
    </message>
    <message>
        <source>The license is valid.</source>
        <translation>La licence est valide.</translation>
    </message>
    <message numerus="yes">
        <source>The license expires in %n day(s).</source>
        <translation>
            <numerusform>La licence expire dans %n jour.</numerusform>
            <numerusform>La licence expire dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The license has expired; the grace period is running.</source>
        <translation>La licence a expiré ; la période de grâce est en cours.</translation>
    </message>
    <message>
        <source>The license has expired.</source>
        <translation>La licence a expiré.</translation>
    </message>
    <message>
        <source>The license key has been blocked by the vendor.</source>
        <translation>La clé de licence a été bloquée par le fournisseur.</translation>
    </message>
    <message>
        <source>The key becomes valid on %1. Until then the solution does not protect virtual machines.</source>
        <translation>La clé devient valide le %1. D&apos;ici là, la solution ne protège pas les machines virtuelles.</translation>
    </message>
    <message>
        <source>Virtual machines are not protected. Activate the solution with a key file (sends nothing) or an activation code.</source>
        <translation>Les machines virtuelles ne sont pas protégées. Activez la solution avec un fichier clé (n&apos;envoie rien) ou avec un code d&apos;activation.</translation>
    </message>
    <message>
        <source>All functions are available until %1; then the reserve key takes over.</source>
        <translation>Toutes les fonctions sont disponibles jusqu&apos;au %1 ; la clé de réserve prend ensuite le relais.</translation>
    </message>
    <message>
        <source>All functions are available until %1.</source>
        <translation>Toutes les fonctions sont disponibles jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>All functions are available until %1. Add a reserve key or renew the license now to keep protection without interruption.</source>
        <translation>Toutes les fonctions sont disponibles jusqu&apos;au %1. Ajoutez une clé de réserve ou renouvelez la licence dès maintenant pour conserver la protection sans interruption.</translation>
    </message>
    <message>
        <source>All functions remain available until %1. Renew the subscription before then, or database updates will stop.</source>
        <translation>Toutes les fonctions restent disponibles jusqu&apos;au %1. Renouvelez l&apos;abonnement avant cette date, sinon les mises à jour des bases de données s&apos;arrêteront.</translation>
    </message>
    <message>
        <source>The licensing service reported on %1 that this license has expired. Protection goes on with the databases you have, but they are no longer updated. Add a new key to restore full functionality.</source>
        <translation>Le service de licences a signalé le %1 que cette licence a expiré. La protection se poursuit avec les bases de données dont vous disposez, mais elles ne sont plus mises à jour. Ajoutez une nouvelle clé pour rétablir la fonctionnalité complète.</translation>
    </message>
    <message>
        <source>Protection goes on with the databases you have, but they are no longer updated. Add a new key to restore full functionality.</source>
        <translation>La protection se poursuit avec les bases de données dont vous disposez, mais elles ne sont plus mises à jour. Ajoutez une nouvelle clé pour rétablir la fonctionnalité complète.</translation>
    </message>
    <message>
        <source>All functions remain available until %1; after that database updates stop. Contact the vendor or add a different key.</source>
        <translation>Toutes les fonctions restent disponibles jusqu&apos;au %1 ; ensuite, les mises à jour des bases de données s&apos;arrêtent. Contactez le fournisseur ou ajoutez une autre clé.</translation>
    </message>
    <message>
        <source>Database updates have stopped. Contact the vendor or add a different key.</source>
        <translation>Les mises à jour des bases de données sont arrêtées. Contactez le fournisseur ou ajoutez une autre clé.</translation>
    </message>
</context>
<context>
    <name>LightAgent::LicenseWarnings</name>
    <message>
        <source>The key becomes valid only on %1; until then virtual machines are not protected.</source>
        <translation>La clé ne devient valide que le %1 ; d&apos;ici là, les machines virtuelles ne sont pas protégées.</translation>
    </message>
    <message>
        <source>The solution is not activated; virtual machines are not protected.</source>
        <translation>La solution n&apos;est pas activée ; les machines virtuelles ne sont pas protégées.</translation>
    </message>
    <message numerus="yes">
        <source>The license ended on %1; the grace period keeps all functions for %n more day(s), to %2.</source>
        <translation>
            <numerusform>La licence a pris fin le %1 ; la période de grâce conserve toutes les fonctions encore %n jour, jusqu&apos;au %2.</numerusform>
            <numerusform>La licence a pris fin le %1 ; la période de grâce conserve toutes les fonctions encore %n jours, jusqu&apos;au %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The vendor blocked the license key on %1; all functions remain for %n more day(s), to %2.</source>
        <translation>
            <numerusform>L&apos;éditeur a bloqué la clé de licence le %1 ; toutes les fonctions restent disponibles encore %n jour, jusqu&apos;au %2.</numerusform>
            <numerusform>L&apos;éditeur a bloqué la clé de licence le %1 ; toutes les fonctions restent disponibles encore %n jours, jusqu&apos;au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor blocked the license key on %1; database updates stopped after %2.</source>
        <translation>L&apos;éditeur a bloqué la clé de licence le %1 ; les mises à jour des bases se sont arrêtées après le %2.</translation>
    </message>
    <message>
        <source>The license has expired; database updates stopped after %1.</source>
        <translation>La licence a expiré ; les mises à jour des bases se sont arrêtées après le %1.</translation>
    </message>
    <message>
        <source>The license is valid until %1; then the reserve key %2 takes over on %3 and covers until %4.</source>
        <translation>La licence est valide jusqu&apos;au %1 ; ensuite la clé de réserve %2 prend le relais le %3 et couvre jusqu&apos;au %4.</translation>
    </message>
    <message>
        <source>The license is valid until %1.</source>
        <translation>La licence est valide jusqu&apos;au %1.</translation>
    </message>
    <message numerus="yes">
        <source>The license ends in %n day(s), on %1, even with the reserve key %2 that takes over on %3.</source>
        <translation>
            <numerusform>La licence prend fin dans %n jour, le %1, même avec la clé de réserve %2 qui prend le relais le %3.</numerusform>
            <numerusform>La licence prend fin dans %n jours, le %1, même avec la clé de réserve %2 qui prend le relais le %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The license ends in %n day(s), on %1; the reserve key %2 becomes valid only on %3.</source>
        <translation>
            <numerusform>La licence prend fin dans %n jour, le %1 ; la clé de réserve %2 ne devient valide que le %3.</numerusform>
            <numerusform>La licence prend fin dans %n jours, le %1 ; la clé de réserve %2 ne devient valide que le %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The license ends in %n day(s), on %1, and there is no reserve key.</source>
        <translation>
            <numerusform>La licence prend fin dans %n jour, le %1, et il n&apos;y a pas de clé de réserve.</numerusform>
            <numerusform>La licence prend fin dans %n jours, le %1, et il n&apos;y a pas de clé de réserve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The databases are %n day(s) old (released on %1); update them.</source>
        <translation>
            <numerusform>Les bases ont %n jour (publiées le %1) ; mettez-les à jour.</numerusform>
            <numerusform>Les bases ont %n jours (publiées le %1) ; mettez-les à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>After %1 database updates stop; protection goes on with the last databases received (now those of %2).</source>
        <translation>Après le %1, les mises à jour des bases s&apos;arrêtent ; la protection continue avec les dernières bases reçues (actuellement celles du %2).</translation>
    </message>
    <message>
        <source>After %1 database updates stop; no databases are installed yet.</source>
        <translation>Après le %1, les mises à jour des bases s&apos;arrêtent ; aucune base n&apos;est encore installée.</translation>
    </message>
    <message>
        <source>Protection begins on %1, when the key becomes valid.</source>
        <translation>La protection commence le %1, quand la clé devient valide.</translation>
    </message>
    <message>
        <source>Nothing is protected until the solution is activated.</source>
        <translation>Rien n&apos;est protégé tant que la solution n&apos;est pas activée.</translation>
    </message>
    <message>
        <source>On %1 the reserve key %2 takes over.</source>
        <translation>Le %1, la clé de réserve %2 prend le relais.</translation>
    </message>
    <message>
        <source>After %1 a grace period keeps all functions until %2.</source>
        <translation>Après le %1, une période de grâce conserve toutes les fonctions jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>Database updates have stopped; protection goes on with the databases of %1.</source>
        <translation>Les mises à jour des bases sont arrêtées ; la protection continue avec les bases du %1.</translation>
    </message>
    <message>
        <source>Database updates have stopped, and no databases are installed.</source>
        <translation>Les mises à jour des bases sont arrêtées et aucune base n&apos;est installée.</translation>
    </message>
</context>
<context>
    <name>LightAgent::MainWindow</name>
    <message>
        <source>Light Agent Console</source>
        <translation>Light Agent Console</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>License</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the license dashboard</extracomment>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Journal</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the journal of everything that was sent</extracomment>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Add key file…</source>
        <translation>&amp;Ajouter un fichier clé…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Remove &amp;active key…</source>
        <translation>Supprimer la clé a&amp;ctive…</translation>
    </message>
    <message>
        <source>Remove &amp;reserve key…</source>
        <translation>Supprimer la clé de &amp;réserve…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Read the license state again, for example after a change made with lightagent-ctl.</source>
        <translation>Relire l&apos;état de la licence, par exemple après une modification effectuée avec lightagent-ctl.</translation>
    </message>
    <message>
        <source>&amp;About Light Agent Console</source>
        <translation>À pr&amp;opos de Light Agent Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <comment>menu</comment>
        <extracomment>Menu: actions on the license and its keys</extracomment>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <extracomment>Status bar: the vendor profile in use; %1 vendor, %2 profile id</extracomment>
        <translation>Profil : %1 (%2)</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <extracomment>Status bar: the directory that holds the console&apos;s state</extracomment>
        <translation>Données : %1</translation>
    </message>
    <message>
        <source>Add key file</source>
        <translation>Ajouter un fichier clé</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Fichiers clés (*.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Remove the reserve key %1?

The active key stays; nothing takes over when it expires.</source>
        <translation>Supprimer la clé de réserve %1 ?

La clé active est conservée ; aucune clé ne prendra le relais à son expiration.</translation>
    </message>
    <message>
        <source>Remove the active key %1?

The reserve key %2 becomes the active key.</source>
        <translation>Supprimer la clé active %1 ?

La clé de réserve %2 devient la clé active.</translation>
    </message>
    <message>
        <source>Remove the active key %1?

The solution will no longer be activated and virtual machines will not be protected until you add a key.</source>
        <translation>Supprimer la clé active %1 ?

La solution ne sera plus activée et les machines virtuelles ne seront pas protégées tant que vous n&apos;aurez pas ajouté de clé.</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation>La clé n&apos;a pas été supprimée : %1</translation>
    </message>
    <message>
        <source>Drop the key file to inspect it. Nothing changes until you add it.</source>
        <translation>Déposez le fichier clé pour l&apos;inspecter. Rien ne change tant que vous ne l&apos;ajoutez pas.</translation>
    </message>
    <message>
        <source>Data provision</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: what the console sends, when, and the consent to it</extracomment>
        <translation>Fourniture de données</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Activer…</translation>
    </message>
    <message>
        <source>Activate with a key file or an activation code.</source>
        <translation>Activer la solution avec un fichier clé ou un code d&apos;activation.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Menu: how the console looks, e.g. its language</extracomment>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>Updates</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the databases, their updates and the license check</extracomment>
        <translation>Mises à jour</translation>
    </message>
</context>
<context>
    <name>LightAgent::MaintenanceSummary</name>
    <message>
        <source>Databases and license check</source>
        <translation>Bases de données et contrôle de licence</translation>
    </message>
    <message>
        <source>Databases:</source>
        <extracomment>Caption on the dashboard: the state of the protection databases</extracomment>
        <translation>Bases de données :</translation>
    </message>
    <message>
        <source>Next license check:</source>
        <extracomment>Caption on the dashboard: when the license is checked next with the vendor</extracomment>
        <translation>Prochain contrôle de licence :</translation>
    </message>
    <message>
        <source>&amp;Updates…</source>
        <translation>Mises à &amp;jour…</translation>
    </message>
    <message>
        <source>Open the Updates page: update the databases, the schedule and the license check.</source>
        <translation>Ouvrir la page Mises à jour : mise à jour des bases de données, planification et contrôle de licence.</translation>
    </message>
    <message>
        <source>An update is running now.</source>
        <translation>Une mise à jour est en cours.</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>Contrôle en cours…</translation>
    </message>
</context>
<context>
    <name>LightAgent::MaintenanceText</name>
    <message>
        <source>the license is active</source>
        <comment>check answer</comment>
        <extracomment>The licensing service&apos;s answer to a license check</extracomment>
        <translation>la licence est active</translation>
    </message>
    <message>
        <source>the key is blocked</source>
        <comment>check answer</comment>
        <extracomment>The licensing service&apos;s answer to a license check</extracomment>
        <translation>la clé est bloquée</translation>
    </message>
    <message>
        <source>the license has expired</source>
        <comment>check answer</comment>
        <extracomment>The licensing service&apos;s answer to a license check</extracomment>
        <translation>la licence a expiré</translation>
    </message>
    <message>
        <source>Not installed. %1</source>
        <extracomment>%1 explains why no scheduled update runs</extracomment>
        <translation>Non installées. %1</translation>
    </message>
    <message>
        <source>Not installed yet.</source>
        <translation>Pas encore installées.</translation>
    </message>
    <message>
        <source>%1, released %2</source>
        <extracomment>Freshness of the databases and their release date, e.g. &quot;Up to date, released 11/28/2026&quot;</extracomment>
        <translation>%1, publiées le %2</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>update run</comment>
        <extracomment>No database update has run yet</extracomment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1: version %2 installed.</source>
        <extracomment>%1 time of the update, %2 database version</extracomment>
        <translation>%1 : version %2 installée.</translation>
    </message>
    <message>
        <source>%1: already up to date (version %2).</source>
        <extracomment>%1 time of the update, %2 database version</extracomment>
        <translation>%1 : déjà à jour (version %2).</translation>
    </message>
    <message>
        <source>%1: failed. %2</source>
        <extracomment>%1 time of the update, %2 why it failed</extracomment>
        <translation>%1 : échec. %2</translation>
    </message>
    <message>
        <source>%1: not sent. %2</source>
        <extracomment>%1 time of the update, %2 why nothing was sent</extracomment>
        <translation>%1 : requête non envoyée. %2</translation>
    </message>
    <message>
        <source>Due now.</source>
        <comment>next update</comment>
        <extracomment>The next scheduled database update</extracomment>
        <translation>Prévue maintenant.</translation>
    </message>
    <message>
        <source>Due now.</source>
        <comment>next check</comment>
        <extracomment>The next periodic license check</extracomment>
        <translation>Prévu maintenant.</translation>
    </message>
    <message>
        <source>%1 (a retry after a failed check)</source>
        <translation>%1 (nouvelle tentative après un échec du contrôle)</translation>
    </message>
    <message>
        <source>None: the solution is not activated.</source>
        <translation>Aucun : la solution n&apos;est pas activée.</translation>
    </message>
    <message>
        <source>None: the active key came from a key file, which sends nothing.</source>
        <translation>Aucun : la clé active provient d&apos;un fichier clé, qui n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>None: the consent to re-send the activation data was withdrawn.</source>
        <translation>Aucun : le consentement au renvoi des données d&apos;activation a été retiré.</translation>
    </message>
    <message>
        <source>None: the activation code of the active key is not kept.</source>
        <translation>Aucun : le code d&apos;activation de la clé active n&apos;est pas conservé.</translation>
    </message>
    <message>
        <source>The last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) in a row; the next try is at %1.</source>
        <extracomment>%n failed attempts in a row; %1 when the next attempt is made</extracomment>
        <translation>
            <numerusform>%n tentative échouée consécutive ; la prochaine tentative aura lieu le %1.</numerusform>
            <numerusform>%n tentatives échouées consécutives ; la prochaine tentative aura lieu le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <comment>license check</comment>
        <extracomment>No license check has been completed yet</extracomment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 time of the check, %2 the service&apos;s answer, e.g. &quot;the license is active&quot;</extracomment>
        <translation>%1 : %2.</translation>
    </message>
</context>
<context>
    <name>LightAgent::NetworkSettings</name>
    <message>
        <source>The proxy must be &quot;system&quot;, &quot;none&quot;, http://HOST:PORT or socks5://HOST:PORT, not &quot;%1&quot;.</source>
        <translation>Le proxy doit être « system », « none », http://HOST:PORT ou socks5://HOST:PORT, et non « %1 ».</translation>
    </message>
</context>
<context>
    <name>LightAgent::PayloadCatalog</name>
    <message>
        <source>Activation code</source>
        <translation>Code d&apos;activation</translation>
    </message>
    <message>
        <source>Date and time on the SVM</source>
        <translation>Date et heure sur la SVM</translation>
    </message>
    <message>
        <source>Solution ID</source>
        <translation>Identifiant de la solution</translation>
    </message>
    <message>
        <source>Solution ID obtained from the license</source>
        <translation>Identifiant de la solution obtenu à partir de la licence</translation>
    </message>
    <message>
        <source>IDs of compatible applications that can be activated on the SVM</source>
        <translation>Identifiants des applications compatibles pouvant être activées sur la SVM</translation>
    </message>
    <message>
        <source>Full version of the solution</source>
        <translation>Version complète de la solution</translation>
    </message>
    <message>
        <source>Localization of the solution (interface language)</source>
        <translation>Localisation de la solution (langue de l&apos;interface)</translation>
    </message>
    <message>
        <source>Unique ID of the SVM</source>
        <translation>Identifiant unique de la SVM</translation>
    </message>
    <message>
        <source>Solution installation ID</source>
        <translation>Identifiant d&apos;installation de la solution</translation>
    </message>
    <message>
        <source>Operating system family</source>
        <translation>Famille du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Operating system version</source>
        <translation>Version du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Operating system edition</source>
        <translation>Édition du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Operating system build number</source>
        <translation>Numéro de build du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Operating system update number</source>
        <translation>Numéro de mise à jour du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Extended information about the operating system edition</source>
        <translation>Informations étendues sur l&apos;édition du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>ID of the solution</source>
        <translation>Identifiant de la solution</translation>
    </message>
    <message>
        <source>ID of the current license</source>
        <translation>Identifiant de la licence actuelle</translation>
    </message>
    <message>
        <source>Unique ID of the solution installation</source>
        <translation>Identifiant unique de l&apos;installation de la solution</translation>
    </message>
    <message>
        <source>Unique ID of the update task start</source>
        <translation>Identifiant unique du lancement de la tâche de mise à jour</translation>
    </message>
    <message>
        <source>Interface language of the solution</source>
        <translation>Langue de l&apos;interface de la solution</translation>
    </message>
    <message>
        <source>Name of the link to the web page being accessed</source>
        <translation>Nom du lien vers la page web consultée</translation>
    </message>
    <message>
        <source>Type of the solution</source>
        <translation>Type de la solution</translation>
    </message>
    <message>
        <source>Version of the solution</source>
        <translation>Version de la solution</translation>
    </message>
    <message>
        <source>ID of the web page being accessed</source>
        <translation>Identifiant de la page web consultée</translation>
    </message>
    <message>
        <source>(not in the vendor&apos;s list)</source>
        <translation>(absent de la liste du fournisseur)</translation>
    </message>
    <message>
        <source>When an activation code is applied to activate the solution.</source>
        <translation>Lors de l&apos;utilisation d&apos;un code d&apos;activation pour activer la solution.</translation>
    </message>
    <message>
        <source>Periodically after activation with a code, to verify that the solution is used appropriately.</source>
        <translation>Périodiquement après l&apos;activation avec un code, pour vérifier que la solution est utilisée de manière appropriée.</translation>
    </message>
    <message>
        <source>When databases and application modules are updated.</source>
        <translation>Lors de la mise à jour des bases de données et des modules d&apos;application.</translation>
    </message>
    <message>
        <source>When you follow a link from the console&apos;s interface.</source>
        <translation>Lorsque vous suivez un lien depuis l&apos;interface de la console.</translation>
    </message>
</context>
<context>
    <name>LightAgent::ProxyRoute::Preview</name>
    <message>
        <source>Sent directly to %1, not through a proxy.</source>
        <translation>Envoyée directement à %1, sans passer par un proxy.</translation>
    </message>
    <message>
        <source>Sent through the HTTP proxy %1. The proxy receives only this request, which opens an encrypted tunnel to the service; the request above travels inside it, unreadable to the proxy:</source>
        <extracomment>%1 is the proxy&apos;s host:port. The CONNECT request follows the colon.</extracomment>
        <translation>Envoyée par le proxy HTTP %1. Le proxy ne reçoit que cette requête, qui ouvre un tunnel chiffré vers le service ; la requête ci-dessus circule à l&apos;intérieur, illisible pour le proxy :</translation>
    </message>
    <message>
        <source>Sent through the SOCKS5 proxy %1, which is told only the service&apos;s address %2; the request travels encrypted, unreadable to the proxy.</source>
        <translation>Envoyée par le proxy SOCKS5 %1, qui n&apos;apprend que l&apos;adresse du service %2 ; la requête circule chiffrée, illisible pour le proxy.</translation>
    </message>
    <message>
        <source>No proxy is set here or in the environment; the system&apos;s proxy settings are asked when sending. If they name an HTTP proxy, it receives only this request, which opens an encrypted tunnel to the service:</source>
        <extracomment>The CONNECT request follows the colon.</extracomment>
        <translation>Aucun proxy n&apos;est défini ici ni dans l&apos;environnement ; les réglages de proxy du système sont consultés à l&apos;envoi. S&apos;ils désignent un proxy HTTP, il ne reçoit que cette requête, qui ouvre un tunnel chiffré vers le service :</translation>
    </message>
</context>
<context>
    <name>LightAgent::ReceivedKeyPanel</name>
    <message>
        <source>Serial:</source>
        <translation>Numéro de série :</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>license type</comment>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <comment>what is licensed</comment>
        <translation>Licences :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Jours restants :</translation>
    </message>
    <message>
        <source>Active key now</source>
        <translation>Clé active actuelle</translation>
    </message>
    <message>
        <source>Reserve key now</source>
        <translation>Clé de réserve actuelle</translation>
    </message>
    <message>
        <source>Key received</source>
        <translation>Clé reçue</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>validity period</comment>
        <extracomment>Validity period of a key: &quot;from DATE to DATE&quot;</extracomment>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>The licensing service issued the key %1 for the code %2. It is kept here and has not been applied.</source>
        <translation>Le service de licences a délivré la clé %1 pour le code %2. Elle est conservée ici et n&apos;a pas été appliquée.</translation>
    </message>
    <message>
        <source>It can be applied now; nothing of the current keys is lost.</source>
        <translation>Elle peut être appliquée maintenant ; rien des clés actuelles n&apos;est perdu.</translation>
    </message>
    <message>
        <source>If it becomes the active key:</source>
        <translation>Si elle devient la clé active :</translation>
    </message>
    <message>
        <source>If it becomes the reserve key:</source>
        <translation>Si elle devient la clé de réserve :</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <extracomment>Why a key cannot go to this slot; %1 is the vendor rule&apos;s message</extracomment>
        <translation>Impossible : %1</translation>
    </message>
    <message>
        <source>I have compared the keys and accept &amp;losing license time</source>
        <translation>J&apos;ai comparé les clés et j&apos;accepte de &amp;perdre du temps de licence</translation>
    </message>
    <message>
        <source>Apply as the active key</source>
        <translation>Appliquer comme clé active</translation>
    </message>
    <message>
        <source>Add as the reserve key</source>
        <translation>Ajouter comme clé de réserve</translation>
    </message>
</context>
<context>
    <name>LightAgent::ReceivedKeyStore</name>
    <message>
        <source>A received key no longer passes verification with this vendor profile: %1</source>
        <translation>Une clé reçue ne passe plus la vérification avec ce profil de fournisseur : %1</translation>
    </message>
    <message>
        <source>No key was received that has not been applied.</source>
        <translation>Aucune clé reçue n&apos;est en attente d&apos;application.</translation>
    </message>
    <message>
        <source>%1 received keys have not been applied; name the one you mean by its serial.</source>
        <translation>%1 clés reçues n&apos;ont pas été appliquées ; désignez celle que vous voulez par son numéro de série.</translation>
    </message>
    <message>
        <source>No received key has the serial %1.</source>
        <translation>Aucune clé reçue ne porte le numéro de série %1.</translation>
    </message>
    <message>
        <source>The received key was applied or discarded meanwhile.</source>
        <translation>La clé reçue a entre-temps été appliquée ou abandonnée.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Recipients</name>
    <message>
        <source>the licensing service</source>
        <comment>recipient</comment>
        <extracomment>What receives activations and license checks; inserted in &quot;HOST (%1 …)&quot;</extracomment>
        <translation>le service de licences</translation>
    </message>
    <message>
        <source>the update service</source>
        <comment>recipient</comment>
        <extracomment>What receives database update requests; inserted in &quot;HOST (%1 …)&quot;</extracomment>
        <translation>le service de mise à jour</translation>
    </message>
    <message>
        <source>the privacy policy&apos;s site</source>
        <comment>recipient</comment>
        <extracomment>The site of the privacy policy link; inserted in &quot;HOST (%1 …)&quot;</extracomment>
        <translation>le site de la politique de confidentialité</translation>
    </message>
    <message>
        <source>the help redirector</source>
        <comment>recipient</comment>
        <translation>le service de redirection de l&apos;aide</translation>
    </message>
    <message>
        <source>%1 (%2, on this computer)</source>
        <comment>recipient</comment>
        <extracomment>%1 a host, %2 what it is (&quot;the update service&quot;)</extracomment>
        <translation>%1 (%2, sur cet ordinateur)</translation>
    </message>
    <message>
        <source>%1 (%2: a public site of a real vendor, not of %3)</source>
        <comment>recipient</comment>
        <extracomment>The demo profile&apos;s links lead to a real vendor&apos;s site, not to the demo vendor. %1 a host, %2 what it is, %3 the demo vendor&apos;s name</extracomment>
        <translation>%1 (%2 : un site public d&apos;un véritable fournisseur, et non de %3)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>recipient</comment>
        <extracomment>%1 a host, %2 what it is (&quot;the update service&quot;), %3 the vendor&apos;s name</extracomment>
        <translation>%1 (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>LightAgent::RequestEnvelope</name>
    <message>
        <source>Activation with a code</source>
        <translation>Activation avec un code</translation>
    </message>
    <message>
        <source>Periodic license check</source>
        <translation>Contrôle périodique de la licence</translation>
    </message>
    <message>
        <source>Database update</source>
        <translation>Mise à jour des bases de données</translation>
    </message>
    <message>
        <source>Followed help link</source>
        <translation>Lien d&apos;aide suivi</translation>
    </message>
</context>
<context>
    <name>LightAgent::ServiceAnswer</name>
    <message>
        <source>The licensing service&apos;s answer does not follow the contract (%1). Nothing was changed.</source>
        <translation>La réponse du service de licences ne respecte pas le contrat (%1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The service says the activation code is not valid.</source>
        <translation>Le service indique que le code d&apos;activation n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The service does not know this activation code. Check it against the one you received.</source>
        <translation>Le service ne connaît pas ce code d&apos;activation. Comparez-le avec celui que vous avez reçu.</translation>
    </message>
    <message>
        <source>The activation code has been blocked by the vendor.</source>
        <translation>Le code d&apos;activation a été bloqué par le fournisseur.</translation>
    </message>
    <message>
        <source>The activation code has expired.</source>
        <translation>Le code d&apos;activation a expiré.</translation>
    </message>
    <message>
        <source>The activation code has been used on as many SVMs as it allows.</source>
        <translation>Le code d&apos;activation a été utilisé sur le nombre maximal de SVM qu&apos;il autorise.</translation>
    </message>
    <message>
        <source>The activation code is for a different product.</source>
        <translation>Le code d&apos;activation est destiné à un autre produit.</translation>
    </message>
    <message>
        <source>The service could not read the request.</source>
        <translation>Le service n&apos;a pas pu lire la requête.</translation>
    </message>
    <message>
        <source>The licensing service failed to process the request.</source>
        <translation>Le service de licences n&apos;a pas réussi à traiter la requête.</translation>
    </message>
    <message>
        <source>receivedSha256 is not a SHA-256 in lower-case hex</source>
        <translation>receivedSha256 n&apos;est pas un SHA-256 en hexadécimal minuscule</translation>
    </message>
    <message>
        <source>recheckAfterSeconds is not a whole number of seconds up to a year</source>
        <translation>recheckAfterSeconds n&apos;est pas un nombre entier de secondes inférieur ou égal à un an</translation>
    </message>
    <message>
        <source>The licensing service answered HTTP %1 without an explanation. Nothing was changed.</source>
        <translation>Le service de licences a répondu HTTP %1 sans explication. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>there is no key object</source>
        <translation>il n&apos;y a pas d&apos;objet key</translation>
    </message>
    <message>
        <source>The key the service returned was refused: %1 Nothing was changed.</source>
        <translation>La clé renvoyée par le service a été refusée : %1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the status is not active, blocked or expired</source>
        <translation>le statut n&apos;est ni active, ni blocked, ni expired</translation>
    </message>
    <message>
        <source>there is no bundle object</source>
        <translation>il n&apos;y a pas d&apos;objet bundle</translation>
    </message>
    <message>
        <source>The database bundle the service sent was refused: %1 The installed databases were kept.</source>
        <translation>Le paquet de bases de données envoyé par le service a été refusé : %1 Les bases de données installées ont été conservées.</translation>
    </message>
    <message>
        <source>In the service&apos;s own words: &quot;%1&quot;</source>
        <extracomment>%1 is the service&apos;s own message, shown as the service wrote it (not translated)</extracomment>
        <translation>Message du service, tel quel : « %1 »</translation>
    </message>
</context>
<context>
    <name>LightAgent::StateDatabase</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le répertoire de données %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>open the state database</source>
        <translation>ouverture de la base de données d&apos;état</translation>
    </message>
    <message>
        <source>Could not %1 in %2: %3</source>
        <translation>Échec de l&apos;opération « %1 » dans %2 : %3</translation>
    </message>
    <message>
        <source>Another console or lightagent-ctl is changing the license state right now. Try again in a moment.</source>
        <translation>Une autre console ou lightagent-ctl est en train de modifier l&apos;état de la licence. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>start a change</source>
        <translation>début d&apos;une modification</translation>
    </message>
    <message>
        <source>finish a change</source>
        <translation>fin d&apos;une modification</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>lecture de la version du schéma</translation>
    </message>
    <message>
        <source>The state database in %1 was written by a newer version of the console (schema %2; this version knows %3).</source>
        <translation>La base de données d&apos;état dans %1 a été écrite par une version plus récente de la console (schéma %2 ; cette version connaît le schéma %3).</translation>
    </message>
    <message>
        <source>upgrade the schema</source>
        <translation>mise à niveau du schéma</translation>
    </message>
    <message>
        <source>read a setting</source>
        <translation>lecture d&apos;un paramètre</translation>
    </message>
    <message>
        <source>save a setting</source>
        <translation>enregistrement d&apos;un paramètre</translation>
    </message>
    <message>
        <source>read the license check schedule</source>
        <translation>lecture du calendrier des contrôles de licence</translation>
    </message>
    <message>
        <source>save the license check schedule</source>
        <translation>enregistrement du calendrier des contrôles de licence</translation>
    </message>
    <message>
        <source>read the database bundle</source>
        <translation>lecture du paquet de bases de données</translation>
    </message>
    <message>
        <source>install the databases</source>
        <translation>installation des bases de données</translation>
    </message>
    <message>
        <source>record the update run</source>
        <translation>enregistrement de l&apos;exécution de la mise à jour</translation>
    </message>
    <message>
        <source>read the last update run</source>
        <translation>lecture de la dernière exécution de la mise à jour</translation>
    </message>
    <message>
        <source>record the consent</source>
        <translation>enregistrement du consentement</translation>
    </message>
    <message>
        <source>withdraw the consent</source>
        <translation>retrait du consentement</translation>
    </message>
    <message>
        <source>read the consent</source>
        <translation>lecture du consentement</translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation>lecture du journal</translation>
    </message>
    <message>
        <source>record in the journal</source>
        <translation>enregistrement dans le journal</translation>
    </message>
    <message>
        <source>create the installation identity</source>
        <translation>création de l&apos;identité de l&apos;installation</translation>
    </message>
    <message>
        <source>read the installation identity</source>
        <translation>lecture de l&apos;identité de l&apos;installation</translation>
    </message>
    <message>
        <source>read the received keys</source>
        <translation>lire les clés reçues</translation>
    </message>
    <message>
        <source>keep a received key</source>
        <translation>conserver une clé reçue</translation>
    </message>
    <message>
        <source>discard a received key</source>
        <translation>abandonner une clé reçue</translation>
    </message>
</context>
<context>
    <name>LightAgent::StatusBanner</name>
    <message>
        <source>License status</source>
        <translation>État de la licence</translation>
    </message>
    <message>
        <source>The license state cannot be read.</source>
        <translation>L&apos;état de la licence ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>LightAgent::StrictJson</name>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>Le JSON est imbriqué sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>The JSON names the field &quot;%1&quot; twice.</source>
        <translation>Le JSON indique deux fois le champ « %1 ».</translation>
    </message>
    <message>
        <source>The content is empty.</source>
        <translation>Le contenu est vide.</translation>
    </message>
    <message>
        <source>The content is not UTF-8 text.</source>
        <translation>Le contenu n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The content is JSON, but not a JSON object.</source>
        <translation>Le contenu est du JSON, mais pas un objet JSON.</translation>
    </message>
    <message>
        <source>The content is not valid JSON (the first error is at byte %1).</source>
        <translation>Le contenu n&apos;est pas du JSON valide (première erreur à l&apos;octet %1).</translation>
    </message>
</context>
<context>
    <name>LightAgent::TimelineWidget</name>
    <message>
        <source>License timeline</source>
        <translation>Chronologie de la licence</translation>
    </message>
    <message>
        <source>Valid from</source>
        <comment>timeline step</comment>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Expires soon from</source>
        <comment>timeline step</comment>
        <translation>Expire bientôt à partir du</translation>
    </message>
    <message>
        <source>Expires</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: the last day on which the key is valid.</extracomment>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Grace period until</source>
        <comment>timeline step</comment>
        <translation>Période de grâce jusqu&apos;au</translation>
    </message>
    <message>
        <source>Limited from</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: from this day a blocked key no longer receives database updates.</extracomment>
        <translation>Limitée à partir du</translation>
    </message>
    <message>
        <source>There is no timeline: no key is active.</source>
        <translation>Aucune chronologie : aucune clé n&apos;est active.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>timeline step: date</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd&apos;hui : %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>Active key expires</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: the last day of the active key, when a reserve key follows it</extracomment>
        <translation>La clé active expire le</translation>
    </message>
    <message>
        <source>Reserve key takes over</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: the day the reserve key becomes the active key</extracomment>
        <translation>La clé de réserve prend le relais le</translation>
    </message>
    <message>
        <source>Reserve key expires</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: the last day of the reserve key, after it took over</extracomment>
        <translation>La clé de réserve expire le</translation>
    </message>
</context>
<context>
    <name>LightAgent::TransmissionFailure</name>
    <message>
        <source>The service&apos;s certificate is not issued for the service&apos;s address: someone may be impersonating the service. Nothing was sent.</source>
        <translation>Le certificat du service n&apos;est pas émis pour son adresse : quelqu&apos;un se fait peut-être passer pour le service. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not acceptable. Nothing was sent.</source>
        <translation>Le certificat du service n&apos;est pas acceptable. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed; nothing was sent.</source>
        <translation>Seules les adresses https:// sont autorisées ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The service redirected the request elsewhere; redirects are not followed, so nothing more was sent.</source>
        <translation>Le service a redirigé la requête ailleurs ; les redirections ne sont pas suivies, donc rien de plus n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>No secure connection could be agreed with the service (TLS 1.2 or later is required). Nothing was sent.</source>
        <translation>Aucune connexion sécurisée n&apos;a pu être établie avec le service (TLS 1.2 ou ultérieur est requis). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The service&apos;s name could not be resolved. Check the DNS settings or the vendor profile.</source>
        <translation>Le nom du service n&apos;a pas pu être résolu. Vérifiez les paramètres DNS ou le profil du fournisseur.</translation>
    </message>
    <message>
        <source>The service refused the connection; it may be down or blocked by a firewall.</source>
        <translation>Le service a refusé la connexion ; il est peut-être arrêté ou bloqué par un pare-feu.</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection.</source>
        <translation>Le proxy a refusé la connexion ou n&apos;a pas pu l&apos;établir.</translation>
    </message>
    <message>
        <source>The connection to the service failed.</source>
        <translation>La connexion au service a échoué.</translation>
    </message>
    <message>
        <source>No secure connection to the service within the time allowed. Nothing was sent.</source>
        <translation>Aucune connexion sécurisée au service dans le délai imparti. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The service did not answer completely within the time allowed.</source>
        <translation>Le service n&apos;a pas répondu entièrement dans le délai imparti.</translation>
    </message>
    <message>
        <source>The service&apos;s answer was larger than allowed; it was not read.</source>
        <translation>La réponse du service dépassait la taille autorisée ; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>The service&apos;s answer is not a well-formed HTTP answer.</source>
        <translation>La réponse du service n&apos;est pas une réponse HTTP bien formée.</translation>
    </message>
    <message>
        <source>The licensing service&apos;s answer does not follow the contract. Nothing was changed.</source>
        <translation>La réponse du service de licences ne respecte pas le contrat. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The key the service returned was refused. Nothing was changed.</source>
        <translation>La clé renvoyée par le service a été refusée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The key the service returned is for a different product. Nothing was changed.</source>
        <translation>La clé renvoyée par le service est destinée à un autre produit. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>LightAgent::TransmissionJournal</name>
    <message>
        <source>There is no request to record in the journal.</source>
        <translation>Il n&apos;y a aucune requête à enregistrer dans le journal.</translation>
    </message>
    <message>
        <source>The journal has no request entry %1 to record a result for.</source>
        <translation>Le journal ne contient pas d&apos;entrée de requête %1 pour laquelle enregistrer un résultat.</translation>
    </message>
    <message>
        <source>The journal has no entry %1.</source>
        <translation>Le journal ne contient pas d&apos;entrée %1.</translation>
    </message>
    <message>
        <source>Cannot write the journal to %1: %2</source>
        <translation>Impossible d&apos;écrire le journal dans %1 : %2</translation>
    </message>
    <message>
        <source>The journal no longer has entry %1, which the head kept elsewhere names: entries were removed and the journal&apos;s own head was changed to hide it (the journal now ends at entry %2).</source>
        <translation>Le journal n&apos;a plus l&apos;entrée %1, que nomme la tête conservée ailleurs : des entrées ont été supprimées et la tête propre du journal a été modifiée pour le cacher (le journal se termine maintenant à l&apos;entrée %2).</translation>
    </message>
    <message>
        <source>Entry %1 is not the entry the head kept elsewhere names (its hash is %2, the kept head&apos;s %3): the journal was rewritten at entry %1 or before it.</source>
        <translation>L&apos;entrée %1 n&apos;est pas celle que nomme la tête conservée ailleurs (son hachage est %2, celui de la tête conservée %3) : le journal a été réécrit à l&apos;entrée %1 ou avant.</translation>
    </message>
</context>
<context>
    <name>LightAgent::UpdateDialog</name>
    <message>
        <source>Update the databases</source>
        <translation>Mettre à jour les bases de données</translation>
    </message>
    <message>
        <source>The update request could not be prepared, and nothing was sent: %1</source>
        <translation>La requête de mise à jour n&apos;a pas pu être préparée et rien n&apos;a été envoyé : %1</translation>
    </message>
    <message>
        <source>This is the exact request an update sends. Nothing is sent until you choose Send.</source>
        <translation>Voici la requête exacte qu&apos;envoie une mise à jour. Rien n&apos;est envoyé tant que vous ne choisissez pas « Envoyer ».</translation>
    </message>
    <message>
        <source>It goes to the vendor&apos;s update service over an encrypted connection, under your data-provision agreement. The answer is a database bundle signed by the vendor; it is installed only if its signature verifies. Cancel sends nothing.</source>
        <translation>Elle est transmise au service de mise à jour du fournisseur par une connexion chiffrée, dans le cadre de votre accord de fourniture de données. La réponse est un paquet de bases de données signé par le fournisseur ; il n&apos;est installé que si sa signature est vérifiée. « Annuler » n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>If you cancel after the request has left this computer, the service may still have received it; the installed databases stay as they are, and the transmission journal records what happened.</source>
        <translation>Si vous annulez après que la requête a quitté cet ordinateur, le service peut quand même l&apos;avoir reçue ; les bases de données installées restent inchangées, et le journal des transmissions enregistre ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <extracomment>Button: send the update request shown in the preview</extracomment>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Connecting to the update service over an encrypted connection…</source>
        <translation>Connexion au service de mise à jour par une connexion chiffrée…</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Envoi de la requête…</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Attente de la réponse…</translation>
    </message>
    <message>
        <source>Receiving the databases…</source>
        <translation>Réception des bases de données…</translation>
    </message>
    <message>
        <source>Recording the request in the transmission journal…</source>
        <translation>Enregistrement de la requête dans le journal des transmissions…</translation>
    </message>
    <message>
        <source>The update was cancelled.</source>
        <translation>La mise à jour a été annulée.</translation>
    </message>
    <message>
        <source>The databases were not updated.</source>
        <translation>Les bases de données n&apos;ont pas été mises à jour.</translation>
    </message>
    <message>
        <source>The installed databases are unchanged.</source>
        <translation>Les bases de données installées sont inchangées.</translation>
    </message>
    <message>
        <source>The attempt is recorded in the transmission journal.</source>
        <translation>La tentative est enregistrée dans le journal des transmissions.</translation>
    </message>
    <message>
        <source>Version %1 of the databases is installed.</source>
        <translation>La version %1 des bases de données est installée.</translation>
    </message>
    <message>
        <source>Released %1, %2 records. Freshness: %3.</source>
        <extracomment>%1 release time, %2 number of records, %3 freshness, %4 version before</extracomment>
        <translation>Publiées le %1, %2 enregistrements. Fraîcheur : %3.</translation>
    </message>
    <message>
        <source>Released %1, %2 records. Freshness: %3. It replaces version %4.</source>
        <translation>Publiées le %1, %2 enregistrements. Fraîcheur : %3. Elles remplacent la version %4.</translation>
    </message>
    <message>
        <source>The databases are already up to date.</source>
        <translation>Les bases de données sont déjà à jour.</translation>
    </message>
    <message>
        <source>Version %1, released %2, is installed; the service has nothing newer. Freshness: %3.</source>
        <translation>La version %1, publiée le %2, est installée ; le service ne propose rien de plus récent. Fraîcheur : %3.</translation>
    </message>
    <message>
        <source>The request and the answer are recorded in the transmission journal (entry %1).</source>
        <translation>La requête et la réponse sont enregistrées dans le journal des transmissions (entrée %1).</translation>
    </message>
    <message>
        <source>The service confirmed it received exactly these bytes.</source>
        <translation>Le service a confirmé avoir reçu exactement ces octets.</translation>
    </message>
    <message>
        <source>SHA-256 %1, the same as the request you saw.</source>
        <translation>SHA-256 %1, identique à celui de la requête que vous avez vue.</translation>
    </message>
    <message>
        <source>Warning: the service received different bytes.</source>
        <translation>Avertissement : le service a reçu des octets différents.</translation>
    </message>
    <message>
        <source>The service reports SHA-256 %1, but the console sent %2. The databases were installed because their signature verifies; the request may have been changed on the way. Check the transmission journal and the network path to the service.</source>
        <translation>Le service indique le SHA-256 %1, mais la console a envoyé %2. Les bases de données ont été installées car leur signature est vérifiée ; la requête a peut-être été modifiée en cours de route. Vérifiez le journal des transmissions et le chemin réseau vers le service.</translation>
    </message>
    <message>
        <source>Warning: the service did not confirm what it received.</source>
        <translation>Avertissement : le service n&apos;a pas confirmé ce qu&apos;il a reçu.</translation>
    </message>
    <message>
        <source>Its answer carried no digest, so the console cannot show that the request arrived unchanged. The console sent SHA-256 %1.</source>
        <translation>Sa réponse ne contenait aucune empreinte : la console ne peut donc pas montrer que la requête est arrivée sans modification. La console a envoyé le SHA-256 %1.</translation>
    </message>
</context>
<context>
    <name>LightAgent::UpdateSchedule</name>
    <message>
        <source>Scheduled updates are switched off; databases are updated only when you start an update.</source>
        <translation>Les mises à jour planifiées sont désactivées ; les bases de données ne sont mises à jour que lorsque vous lancez une mise à jour.</translation>
    </message>
    <message>
        <source>Scheduled updates wait for the data-provision agreement; nothing is sent without it.</source>
        <translation>Les mises à jour planifiées attendent l&apos;accord de fourniture de données ; rien n&apos;est envoyé sans cet accord.</translation>
    </message>
    <message>
        <source>Scheduled updates need a license with full functionality.</source>
        <translation>Les mises à jour planifiées nécessitent une licence avec fonctionnalité complète.</translation>
    </message>
    <message>
        <source>The databases have not been updated yet; an update is due now.</source>
        <translation>Les bases de données n&apos;ont pas encore été mises à jour ; une mise à jour est due maintenant.</translation>
    </message>
    <message>
        <source>The last update failed; it is tried again at the time shown.</source>
        <translation>La dernière mise à jour a échoué ; elle sera relancée à l&apos;heure indiquée.</translation>
    </message>
    <message>
        <source>The next scheduled update runs at the time shown.</source>
        <translation>La prochaine mise à jour planifiée s&apos;exécutera à l&apos;heure indiquée.</translation>
    </message>
</context>
<context>
    <name>LightAgent::UpdatesPage</name>
    <message>
        <source>Updates</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the databases, their updates and the license check</extracomment>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Updates</source>
        <comment>page title</comment>
        <extracomment>Page title: the databases and their updates</extracomment>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>The protection databases come from the vendor&apos;s update service. An update sends five fields, which you can see before they are sent; the answer is installed only if the vendor&apos;s signature on it verifies.</source>
        <translation>Les bases de données de protection proviennent du service de mise à jour du fournisseur. Une mise à jour envoie cinq champs, que vous pouvez consulter avant leur envoi ; la réponse n&apos;est installée que si la signature du fournisseur est vérifiée.</translation>
    </message>
    <message>
        <source>&amp;Update now…</source>
        <translation>Mettre à &amp;jour maintenant…</translation>
    </message>
    <message>
        <source>Show the exact update request, then send it if you choose.</source>
        <translation>Afficher la requête de mise à jour exacte, puis l&apos;envoyer si vous le souhaitez.</translation>
    </message>
    <message>
        <source>Show the &amp;agreement…</source>
        <translation>Afficher l&apos;&amp;accord…</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>Freshness:</source>
        <extracomment>Caption: how recent the installed databases are</extracomment>
        <translation>Fraîcheur :</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Released:</source>
        <extracomment>Caption: when the vendor released the installed databases</extracomment>
        <translation>Date de publication :</translation>
    </message>
    <message>
        <source>Records:</source>
        <extracomment>Caption: the number of records in the databases</extracomment>
        <translation>Enregistrements :</translation>
    </message>
    <message>
        <source>Installed on:</source>
        <translation>Date d&apos;installation :</translation>
    </message>
    <message>
        <source>Update runs</source>
        <translation>Exécution des mises à jour</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Dernière mise à jour :</translation>
    </message>
    <message>
        <source>Next scheduled update:</source>
        <translation>Prochaine mise à jour planifiée :</translation>
    </message>
    <message>
        <source>Run &amp;scheduled updates (once a day)</source>
        <translation>Exécuter les mises à jour &amp;planifiées (une fois par jour)</translation>
    </message>
    <message>
        <source>Scheduled updates send the same request as Update now, under the data-provision agreement. Switched off, the databases are updated only when you choose Update now.</source>
        <translation>Les mises à jour planifiées envoient la même requête que « Mettre à jour maintenant », dans le cadre de l&apos;accord de fourniture de données. Si cette option est désactivée, les bases de données ne sont mises à jour que lorsque vous choisissez « Mettre à jour maintenant ».</translation>
    </message>
    <message>
        <source>Data provision:</source>
        <translation>Fourniture de données :</translation>
    </message>
    <message>
        <source>Show the a&amp;greement…</source>
        <translation>Afficher l&apos;a&amp;ccord…</translation>
    </message>
    <message>
        <source>Read the vendor&apos;s statement on data provision, and agree or withdraw your agreement.</source>
        <translation>Lire la déclaration du fournisseur sur la fourniture de données, puis donner ou retirer votre accord.</translation>
    </message>
    <message>
        <source>Freshness: %1</source>
        <translation>Fraîcheur : %1</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no databases</comment>
        <extracomment>Shown for a property of databases that are not installed</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Running now…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Not agreed. Updates send nothing.</source>
        <translation>Accord non donné. Les mises à jour n&apos;envoient rien.</translation>
    </message>
    <message>
        <source>Agreed on %1.</source>
        <translation>Accord donné le %1.</translation>
    </message>
    <message>
        <source>Withdrawn on %1. Updates send nothing.</source>
        <translation>Accord retiré le %1. Les mises à jour n&apos;envoient rien.</translation>
    </message>
    <message>
        <source>Data-provision agreement: %1</source>
        <translation>Accord de fourniture de données : %1</translation>
    </message>
    <message>
        <source>Update now is unavailable: updates send data only under the data-provision agreement, which you have not accepted, so nothing is sent. Read the vendor&apos;s statement to decide.</source>
        <translation>« Mettre à jour maintenant » n&apos;est pas disponible : les mises à jour n&apos;envoient des données que dans le cadre de l&apos;accord de fourniture de données, que vous n&apos;avez pas accepté ; rien n&apos;est donc envoyé. Lisez la déclaration du fournisseur pour décider.</translation>
    </message>
    <message>
        <source>Update now is unavailable. %1</source>
        <translation>« Mettre à jour maintenant » n&apos;est pas disponible. %1</translation>
    </message>
    <message>
        <source>A scheduled update is running now. Its result appears here when it ends.</source>
        <translation>Une mise à jour planifiée est en cours. Son résultat s&apos;affichera ici lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Scheduled updates</source>
        <translation>Mises à jour planifiées</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>Le paramètre n&apos;a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::VendorProfile</name>
    <message>
        <source>The vendor profile is not valid JSON: %1</source>
        <translation>Le profil du fournisseur n&apos;est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>The file is not a vendor profile (format &quot;lightagent-profile/1&quot;).</source>
        <translation>Ce fichier n&apos;est pas un profil de fournisseur (format « lightagent-profile/1 »).</translation>
    </message>
    <message>
        <source>The vendor profile needs a product solutionId and a four-part solutionVersion.</source>
        <translation>Le profil du fournisseur doit indiquer un solutionId de produit et une solutionVersion en quatre parties.</translation>
    </message>
    <message>
        <source>The vendor profile&apos;s signing key &quot;%1&quot; is not an Ed25519 public key.</source>
        <translation>La clé de signature « %1 » du profil du fournisseur n&apos;est pas une clé publique Ed25519.</translation>
    </message>
    <message>
        <source>The vendor profile trusts no signing key.</source>
        <translation>Le profil du fournisseur n&apos;approuve aucune clé de signature.</translation>
    </message>
    <message>
        <source>A TLS pin in the vendor profile is not a base64 SHA-256.</source>
        <translation>Une empreinte TLS épinglée du profil du fournisseur n&apos;est pas un SHA-256 en base64.</translation>
    </message>
    <message>
        <source>Demo vendor</source>
        <extracomment>The made-up vendor of the demo profile</extracomment>
        <translation>Fournisseur de démonstration</translation>
    </message>
</context>
<context>
    <name>LightAgent::WarningThresholds</name>
    <message>
        <source>Give at least one number of days, such as 30,14,7,1.</source>
        <translation>Indiquez au moins un nombre de jours, par exemple 30,14,7,1.</translation>
    </message>
    <message>
        <source>Give at most 10 numbers of days, such as 30,14,7,1.</source>
        <translation>Indiquez au plus 10 nombres de jours, par exemple 30,14,7,1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days from 1 to 365. Write the days before the end as whole numbers separated by commas, such as 30,14,7,1.</source>
        <translation>« %1 » n&apos;est pas un nombre de jours de 1 à 365. Écrivez les jours avant la fin en nombres entiers séparés par des virgules, par exemple 30,14,7,1.</translation>
    </message>
    <message>
        <source>%1 days is given twice; give each number of days once.</source>
        <translation>%1 jours est indiqué deux fois ; indiquez chaque nombre de jours une seule fois.</translation>
    </message>
    <message>
        <source>The stored warning days &quot;%1&quot; cannot be used: %2 Set them again with &apos;lightagent-ctl config set warn-days 30,14,7,1&apos;.</source>
        <translation>Les jours d&apos;avertissement enregistrés « %1 » sont inutilisables : %2 Définissez-les à nouveau avec &apos;lightagent-ctl config set warn-days 30,14,7,1&apos;.</translation>
    </message>
</context>
<context>
    <name>LightAgent::WrappedValueLabel</name>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Context menu of a value such as a SHA-256: copies all of it</extracomment>
        <translation>&amp;Copier</translation>
    </message>
</context>
</TS>
