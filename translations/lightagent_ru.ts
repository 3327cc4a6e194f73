<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>LightAgent</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удается прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>Размер файла %1 превышает %2 байт.</translation>
    </message>
    <message>
        <source>The vendor profile&apos;s &quot;%1&quot; in &quot;%2&quot; must be an https:// URL.</source>
        <translation>Поле «%1» в разделе «%2» профиля поставщика должно содержать URL-адрес https://.</translation>
    </message>
    <message>
        <source>The vendor profile names neither &quot;%1&quot; nor &quot;%2&quot;.</source>
        <translation>В профиле поставщика не указано ни поле «%1», ни поле «%2».</translation>
    </message>
    <message>
        <source>Enter the activation code: four groups of five letters and digits, such as XXXXX-XXXXX-XXXXX-XXXXX.</source>
        <translation>Введите код активации: четыре группы по пять букв и цифр, например XXXXX-XXXXX-XXXXX-XXXXX.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 cannot be part of an activation code: a code consists of the digits 0-9 and the Latin letters A-Z.</source>
        <translation>Символ «%1» в позиции %2 не может входить в код активации: код состоит из цифр 0-9 и латинских букв A-Z.</translation>
    </message>
    <message>
        <source>The activation code is too short: %1 of its %2 symbols were entered. Check that no group is missing.</source>
        <translation>Код активации слишком короткий: введено символов: %1 из %2. Проверьте, не пропущена ли группа.</translation>
    </message>
    <message>
        <source>The activation code is too long: %1 symbols were entered, and a code has %2. Check for an extra symbol or a second code pasted in.</source>
        <translation>Код активации слишком длинный: введено символов: %1, а код состоит из %2. Проверьте, нет ли лишнего символа или второго вставленного кода.</translation>
    </message>
    <message>
        <source>The license inside the key file is ambiguous: %1</source>
        <translation>Лицензия в файле ключа неоднозначна: %1</translation>
    </message>
    <message>
        <source>The license inside the key file is not a JSON object: %1</source>
        <translation>Лицензия в файле ключа не является объектом JSON: %1</translation>
    </message>
    <message>
        <source>The key file is empty.</source>
        <translation>Файл ключа пуст.</translation>
    </message>
    <message>
        <source>The key file is not UTF-8 text; it may be a different kind of file or damaged.</source>
        <translation>Файл ключа не является текстом в кодировке UTF-8; возможно, это файл другого типа или он поврежден.</translation>
    </message>
    <message>
        <source>The key file holds JSON, but not the JSON object a key file consists of.</source>
        <translation>Файл ключа содержит JSON, но не тот объект JSON, из которого состоит файл ключа.</translation>
    </message>
    <message>
        <source>The key file is ambiguous: %1</source>
        <translation>Файл ключа неоднозначен: %1</translation>
    </message>
    <message>
        <source>The license inside the key file has no &quot;%1&quot; field.</source>
        <translation>В лицензии в файле ключа нет поля «%1».</translation>
    </message>
    <message>
        <source>The key file has no &quot;%1&quot; field.</source>
        <translation>В файле ключа нет поля «%1».</translation>
    </message>
    <message>
        <source>The license field &quot;%1&quot; must be text.</source>
        <translation>Поле лицензии «%1» должно быть текстовым.</translation>
    </message>
    <message>
        <source>The key file field &quot;%1&quot; must be text.</source>
        <translation>Поле файла ключа «%1» должно быть текстовым.</translation>
    </message>
    <message>
        <source>The key file field &quot;%1&quot; is not valid base64; the file was damaged or edited.</source>
        <translation>Поле файла ключа «%1» не является корректным base64; файл поврежден или изменен.</translation>
    </message>
    <message>
        <source>The license date &quot;%1&quot; is &quot;%2&quot;, which is not a real date in the form YYYY-MM-DD.</source>
        <translation>Дата лицензии «%1» имеет значение «%2», которое не является существующей датой в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The license serial &quot;%1&quot; does not have the form XXX-XXXXXX-XXXXXXXX (digits 0-9 and A-F).</source>
        <translation>Серийный номер лицензии «%1» не соответствует формату XXX-XXXXXX-XXXXXXXX (цифры 0-9 и буквы A-F).</translation>
    </message>
    <message>
        <source>The key is for the product &quot;%1&quot;, not for %2 (&quot;%3&quot;).</source>
        <translation>Ключ предназначен для продукта «%1», а не для %2 («%3»).</translation>
    </message>
    <message>
        <source>The license type &quot;%1&quot; is unknown; it must be commercial, trial, subscription, beta, test or oem.</source>
        <translation>Неизвестный тип лицензии «%1»; допустимые значения: commercial, trial, subscription, beta, test или oem.</translation>
    </message>
    <message>
        <source>The licensing unit &quot;%1&quot; is unknown; it must be core, processor, server or desktop.</source>
        <translation>Неизвестная единица лицензирования «%1»; допустимые значения: core, processor, server или desktop.</translation>
    </message>
    <message>
        <source>The license count must be a whole number from 1 to %1.</source>
        <translation>Количество лицензий должно быть целым числом от 1 до %1.</translation>
    </message>
    <message>
        <source>The license expires (%1) before it becomes valid (%2).</source>
        <translation>Срок действия лицензии истекает (%1) раньше, чем она начинает действовать (%2).</translation>
    </message>
    <message>
        <source>The license grace period must be a whole number of days from 0 to 3650.</source>
        <translation>Льготный период лицензии должен быть целым числом дней от 0 до 3650.</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>Не активировано</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Скоро истекает</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Льготный период</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекла</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирована</translation>
    </message>
    <message>
        <source>Full functionality</source>
        <translation>Полная функциональность</translation>
    </message>
    <message>
        <source>Limited functionality: no database updates</source>
        <translation>Ограниченная функциональность: без обновления баз</translation>
    </message>
    <message>
        <source>No functionality: the solution is not activated</source>
        <translation>Функциональность отсутствует: решение не активировано</translation>
    </message>
    <message>
        <source>The description inside the database bundle is not a JSON object without duplicate names: %1</source>
        <translation>Описание в пакете баз не является объектом JSON без повторяющихся имен: %1</translation>
    </message>
    <message>
        <source>The database bundle is not a bundle: %1</source>
        <translation>Пакет баз не является пакетом: %1</translation>
    </message>
    <message>
        <source>The database bundle has no &quot;%1&quot; field.</source>
        <translation>В пакете баз нет поля «%1».</translation>
    </message>
    <message>
        <source>The database bundle&apos;s field &quot;%1&quot; must be text.</source>
        <translation>Поле пакета баз «%1» должно быть текстовым.</translation>
    </message>
    <message>
        <source>The database bundle&apos;s field &quot;%1&quot; is not valid base64; the bundle was damaged or changed.</source>
        <translation>Поле пакета баз «%1» не является корректным base64; пакет поврежден или изменен.</translation>
    </message>
    <message>
        <source>The database version &quot;%1&quot; is not 1 to %2 letters, digits, dots, dashes or underscores.</source>
        <translation>Версия баз «%1» должна состоять из 1–%2 букв, цифр, точек, дефисов или знаков подчеркивания.</translation>
    </message>
    <message>
        <source>The database release time &quot;%1&quot; is not a UTC time in the form YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>Время выпуска баз «%1» не является временем UTC в формате YYYY-MM-DDTHH:MM:SSZ.</translation>
    </message>
    <message>
        <source>The database record count must be a whole number from 1 to %1.</source>
        <translation>Количество записей в базах должно быть целым числом от 1 до %1.</translation>
    </message>
    <message>
        <source>No databases installed</source>
        <translation>Базы не установлены</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Актуальны</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Устарели</translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation>Сильно устарели</translation>
    </message>
    <message>
        <source>sent (HTTP %1)</source>
        <translation>передано (HTTP %1)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>передано</translation>
    </message>
    <message>
        <source>failed (HTTP %1): %2</source>
        <translation>ошибка (HTTP %1): %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>declined by the administrator, nothing was sent</source>
        <translation>отклонено администратором, ничего не передано</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>; the service confirmed the digest</source>
        <translation>; служба подтвердила хеш</translation>
    </message>
    <message>
        <source>; the service received different bytes</source>
        <translation>; служба получила другие байты</translation>
    </message>
    <message>
        <source>Result of #%1: %2</source>
        <translation>Результат #%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4 bytes, SHA-256 %5)</source>
        <translation>%1: %2 %3 (байт: %4, SHA-256 %5)</translation>
    </message>
    <message>
        <source>Database updates need a valid license; the license has expired.</source>
        <translation>Для обновления баз требуется действующая лицензия; срок действия лицензии истек.</translation>
    </message>
    <message>
        <source>Database updates need a valid license; the license key was blocked by the vendor more than %1 days ago.</source>
        <translation>Для обновления баз требуется действующая лицензия; лицензионный ключ заблокирован поставщиком более %1 дн. назад.</translation>
    </message>
    <message>
        <source>Database updates need a valid license; the solution is not activated.</source>
        <translation>Для обновления баз требуется действующая лицензия; решение не активировано.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Ничего не передано.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not issued for %1: someone may be impersonating the service. Nothing was sent.</source>
        <translation>Сертификат службы выдан не для %1: возможно, кто-то выдает себя за службу. Ничего не передано.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate has expired. Nothing was sent.</source>
        <translation>Срок действия сертификата службы истек. Ничего не передано.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not valid yet; check this computer&apos;s clock. Nothing was sent.</source>
        <translation>Сертификат службы еще не действует; проверьте часы этого компьютера. Ничего не передано.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not issued by an authority that the vendor profile or this system trusts. Nothing was sent.</source>
        <translation>Сертификат службы выдан центром сертификации, которому не доверяет ни профиль поставщика, ни эта система. Ничего не передано.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not acceptable (%1). Nothing was sent.</source>
        <translation>Сертификат службы неприемлем (%1). Ничего не передано.</translation>
    </message>
    <message>
        <source>The bundle has the format &quot;%1&quot;; this console reads &quot;%2&quot;.</source>
        <translation>Пакет имеет формат «%1»; эта консоль читает «%2».</translation>
    </message>
    <message>
        <source>The database bundle was signed by &quot;%1&quot;, which the vendor profile does not trust.</source>
        <translation>Пакет баз подписан ключом «%1», которому профиль поставщика не доверяет.</translation>
    </message>
    <message>
        <source>The database bundle&apos;s signature is %1 bytes long instead of 64.</source>
        <translation>Длина подписи пакета баз в байтах: %1 вместо 64.</translation>
    </message>
    <message>
        <source>The database bundle&apos;s signature does not match the vendor&apos;s key: the bundle was changed after it was signed.</source>
        <translation>Подпись пакета баз не соответствует ключу поставщика: пакет был изменен после подписания.</translation>
    </message>
    <message>
        <source>This is not a key file: %1</source>
        <translation>Это не файл ключа: %1</translation>
    </message>
    <message>
        <source>This is not a key file: a key file is JSON text, and this file&apos;s content is not.</source>
        <translation>Это не файл ключа: файл ключа содержит текст JSON, а содержимое этого файла им не является.</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>warning level</comment>
        <translation>В норме</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>warning level</comment>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Critical</source>
        <comment>warning level</comment>
        <translation>Критично</translation>
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
        <translation>О консоли Light Agent</translation>
    </message>
    <message>
        <source>Light Agent Console</source>
        <translation>Консоль Light Agent</translation>
    </message>
    <message>
        <source>Licensing console for %1.</source>
        <translation>Консоль лицензирования для решения %1.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation>OpenSSL:</translation>
    </message>
    <message>
        <source>Vendor profile:</source>
        <extracomment>The vendor profile: who the console trusts for keys and services</extracomment>
        <translation>Профиль поставщика:</translation>
    </message>
    <message>
        <source>The demo profile built into the console: it trusts only the demo vendor&apos;s keys and service.</source>
        <translation>Демонстрационный профиль, встроенный в консоль: он доверяет только ключам и службе демонстрационного поставщика.</translation>
    </message>
    <message>
        <source>A demo profile from a file: it trusts only the demo vendor&apos;s keys and service.</source>
        <translation>Демонстрационный профиль из файла: он доверяет только ключам и службе демонстрационного поставщика.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <extracomment>%1 is the path of the vendor profile file in use</extracomment>
        <translation>Файл: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationCode</name>
    <message>
        <source>The activation code has a typo: its check character does not match the other symbols. Compare the code with the one you received, symbol by symbol.</source>
        <translation>В коде активации опечатка: контрольный символ не соответствует остальным символам. Сравните код с полученным, символ за символом.</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationCodePage</name>
    <message>
        <source>Enter the activation code</source>
        <translation>Введите код активации</translation>
    </message>
    <message>
        <source>Four groups of five letters and digits, as you received it. Spaces, dashes and lower case are fine.</source>
        <translation>Четыре группы по пять букв и цифр, как в полученном коде. Пробелы, дефисы и строчные буквы допускаются.</translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation>&amp;Код активации:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <extracomment>Caption of the code as the console reads it, normalized and regrouped</extracomment>
        <translation>Распознано как:</translation>
    </message>
    <message>
        <source>Nothing is sent on this page. Next shows you the exact request, and nothing is sent until you agree.</source>
        <translation>На этой странице ничего не передается. На следующем шаге будет показан точный запрос, и ничего не будет передано без вашего согласия.</translation>
    </message>
    <message>
        <source>The code is complete and its check character matches.</source>
        <translation>Код введен полностью, контрольный символ совпадает.</translation>
    </message>
    <message>
        <source>Type or paste the code.</source>
        <translation>Введите или вставьте код.</translation>
    </message>
    <message>
        <source>%1 of %2 symbols entered.</source>
        <translation>Введено символов: %1 из %2.</translation>
    </message>
    <message>
        <source>Add the key the service issues as</source>
        <extracomment>Group title: where the key that the licensing service issues is added</extracomment>
        <translation>Добавить ключ, выданный службой, как</translation>
    </message>
    <message>
        <source>The ac&amp;tive key</source>
        <translation>Ак&amp;тивный ключ</translation>
    </message>
    <message>
        <source>The &amp;reserve key, beside the active key</source>
        <translation>&amp;Резервный ключ при активном ключе</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <extracomment>Why the key cannot go to this slot; %1 is the vendor rule&apos;s message</extracomment>
        <translation>Невозможно: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationDeclinedPage</name>
    <message>
        <source>Nothing was sent</source>
        <translation>Ничего не передано</translation>
    </message>
    <message>
        <source>You declined to send the activation data.</source>
        <translation>Вы отказались от передачи данных активации.</translation>
    </message>
    <message>
        <source>The request was not sent, and the license state did not change.</source>
        <translation>Запрос не передан, состояние лицензии не изменилось.</translation>
    </message>
    <message>
        <source>Your decision is recorded in the transmission journal.</source>
        <translation>Ваше решение записано в журнал передачи данных.</translation>
    </message>
    <message>
        <source>Your decision could not be recorded in the transmission journal: %1</source>
        <translation>Не удалось записать ваше решение в журнал передачи данных: %1</translation>
    </message>
    <message>
        <source>You can activate with a key file instead: it is verified on this computer and sends nothing to anyone.</source>
        <translation>Вместо этого можно активировать решение с помощью файла ключа: он проверяется на этом компьютере, и никому ничего не передается.</translation>
    </message>
    <message>
        <source>Use a &amp;key file instead &gt;</source>
        <extracomment>Wizard button after declining: go on to the key-file page</extracomment>
        <translation>Использовать &amp;файл ключа &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationKeyFilePage</name>
    <message>
        <source>Activate with a key file</source>
        <translation>Активация с помощью файла ключа</translation>
    </message>
    <message>
        <source>The key file is verified on this computer. Nothing is sent to anyone.</source>
        <translation>Файл ключа проверяется на этом компьютере. Никому ничего не передается.</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>&amp;Файл ключа:</translation>
    </message>
    <message>
        <source>The path of a .key file</source>
        <translation>Путь к файлу .key</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <extracomment>Wizard button that adds the inspected key file</extracomment>
        <translation>&amp;Добавить ключ</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>Выбор файла ключа</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Файлы ключей (*.key);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The key was not added: %1</source>
        <translation>Ключ не добавлен: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationMethodPage</name>
    <message>
        <source>Choose how to activate</source>
        <translation>Выберите способ активации</translation>
    </message>
    <message>
        <source>Both ways give the same license. They differ in what leaves this computer.</source>
        <translation>Оба способа дают одну и ту же лицензию. Они различаются тем, какие данные покидают этот компьютер.</translation>
    </message>
    <message>
        <source>Activate with a &amp;key file</source>
        <translation>Активировать с помощью &amp;файла ключа</translation>
    </message>
    <message>
        <source>The key file is verified on this computer. This sends nothing to anyone.</source>
        <translation>Файл ключа проверяется на этом компьютере. Никому ничего не передается.</translation>
    </message>
    <message>
        <source>Activate with an activation &amp;code</source>
        <translation>Активировать с помощью &amp;кода активации</translation>
    </message>
    <message>
        <source>This sends the data listed below to the licensing service over an encrypted connection: now, and then periodically to verify that the solution is used appropriately. You will see the exact request and decide before anything is sent.</source>
        <translation>Перечисленные ниже данные передаются в службу лицензирования по зашифрованному соединению: сейчас, а затем периодически для проверки правомерности использования решения. Перед передачей вы увидите точный запрос и сами примете решение.</translation>
    </message>
    <message>
        <source>Data sent with an activation code:</source>
        <translation>Данные, передаваемые при активации с помощью кода:</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationPreviewPage</name>
    <message>
        <source>Check the data that will be sent</source>
        <translation>Проверьте данные, которые будут переданы</translation>
    </message>
    <message>
        <source>This is the exact request. Nothing is sent until you choose Send.</source>
        <translation>Это точный запрос. Ничего не передается, пока вы не нажмете «Отправить».</translation>
    </message>
    <message>
        <source>The request goes to the licensing service over an encrypted connection. The same data is sent again periodically to verify that the solution is used appropriately, and the vendor may use it for statistics on the distribution and use of its software.</source>
        <translation>Запрос передается в службу лицензирования по зашифрованному соединению. Те же данные периодически передаются повторно для проверки правомерности использования решения, и поставщик может использовать их для статистики распространения и использования своего программного обеспечения.</translation>
    </message>
    <message>
        <source>How the vendor processes it: %1.</source>
        <extracomment>%1 is a link to the vendor&apos;s privacy policy</extracomment>
        <translation>Как поставщик обрабатывает эти данные: см. %1.</translation>
    </message>
    <message>
        <source>privacy policy</source>
        <translation>политику конфиденциальности</translation>
    </message>
    <message>
        <source>I &amp;agree to send this data, and to its periodic re-sending for license verification</source>
        <translation>&amp;Разрешаю передать эти данные и периодически передавать их повторно для проверки лицензии</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <extracomment>Wizard button on the preview page: send the shown request</extracomment>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>There is no valid activation code to send.</source>
        <translation>Нет корректного кода активации для передачи.</translation>
    </message>
    <message>
        <source>The request could not be prepared, and nothing was sent: %1</source>
        <translation>Не удалось подготовить запрос, ничего не передано: %1</translation>
    </message>
    <message>
        <source>What the activation will do with the keys:</source>
        <translation>Что активация сделает с ключами:</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationProgressPage</name>
    <message>
        <source>Sending the request</source>
        <translation>Передача запроса</translation>
    </message>
    <message>
        <source>The request you saw is on its way to the licensing service.</source>
        <translation>Показанный вам запрос передается в службу лицензирования.</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Отменить передачу</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>If you cancel after the request has left this computer, the service may still have received it; the transmission journal records what happened.</source>
        <translation>Если отменить передачу после того, как запрос покинул этот компьютер, служба все равно может его получить; журнал передачи данных фиксирует, что произошло.</translation>
    </message>
    <message>
        <source>Connecting to the licensing service over an encrypted connection…</source>
        <translation>Подключение к службе лицензирования по зашифрованному соединению…</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Передача запроса…</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Ожидание ответа…</translation>
    </message>
    <message>
        <source>Receiving the answer…</source>
        <translation>Получение ответа…</translation>
    </message>
    <message>
        <source>Recording the request in the transmission journal…</source>
        <translation>Запись запроса в журнал передачи данных…</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationResultPage</name>
    <message>
        <source>&amp;Close</source>
        <extracomment>Wizard button that closes the wizard at its end</extracomment>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>License state now:</source>
        <translation>Состояние лицензии сейчас:</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>Запрос не передан.</translation>
    </message>
    <message>
        <source>The solution was not activated</source>
        <translation>Решение не активировано</translation>
    </message>
    <message>
        <source>Nothing changed: the license state is as it was.</source>
        <translation>Ничего не изменилось: состояние лицензии осталось прежним.</translation>
    </message>
    <message>
        <source>The activation did not succeed.</source>
        <translation>Активация не выполнена.</translation>
    </message>
    <message>
        <source>Choose Back to correct the code and try again. You can also activate with a key file, which sends nothing.</source>
        <translation>Нажмите «Назад», чтобы исправить код и повторить попытку. Также можно активировать решение с помощью файла ключа — при этом ничего не передается.</translation>
    </message>
    <message>
        <source>The attempt is recorded in the transmission journal.</source>
        <translation>Попытка записана в журнал передачи данных.</translation>
    </message>
    <message>
        <source>The solution is activated</source>
        <translation>Решение активировано</translation>
    </message>
    <message>
        <source>The licensing service issued a key, and it was added as the active key.</source>
        <translation>Служба лицензирования выдала ключ, и он добавлен как активный ключ.</translation>
    </message>
    <message>
        <source>Activated with the code %1.</source>
        <translation>Активировано с помощью кода %1.</translation>
    </message>
    <message>
        <source>The key %1 is now the active key.</source>
        <translation>Теперь ключ %1 является активным ключом.</translation>
    </message>
    <message>
        <source>The service confirmed it received exactly these bytes.</source>
        <translation>Служба подтвердила, что получила именно эти байты.</translation>
    </message>
    <message>
        <source>SHA-256 %1, the same as the request you saw.</source>
        <translation>SHA-256 %1 — совпадает с показанным вам запросом.</translation>
    </message>
    <message>
        <source>Warning: the service received different bytes.</source>
        <translation>Внимание: служба получила другие байты.</translation>
    </message>
    <message>
        <source>The service reports SHA-256 %1, but the console sent %2. The key was stored; the request may have been changed on the way. Check the transmission journal and the network path to the service.</source>
        <translation>Служба сообщает SHA-256 %1, а консоль передала %2. Ключ сохранен; возможно, запрос был изменен в пути. Проверьте журнал передачи данных и сетевой путь до службы.</translation>
    </message>
    <message>
        <source>Warning: the service did not confirm what it received.</source>
        <translation>Внимание: служба не подтвердила, что именно она получила.</translation>
    </message>
    <message>
        <source>Its answer carried no digest, so the console cannot show that the request arrived unchanged. The console sent SHA-256 %1.</source>
        <translation>Ее ответ не содержит хеша, поэтому консоль не может показать, что запрос дошел без изменений. Консоль передала SHA-256 %1.</translation>
    </message>
    <message>
        <source>The request and the answer are recorded in the transmission journal (entry %1).</source>
        <translation>Запрос и ответ записаны в журнал передачи данных (запись %1).</translation>
    </message>
    <message>
        <source>The activation was cancelled.</source>
        <translation>Активация отменена.</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Что изменилось:</translation>
    </message>
    <message>
        <source>The licensing service issued a key, and it was added as the reserve key.</source>
        <translation>Служба лицензирования выдала ключ, и он добавлен как резервный ключ.</translation>
    </message>
    <message>
        <source>The key %1 is now the reserve key.</source>
        <translation>Теперь ключ %1 является резервным ключом.</translation>
    </message>
    <message>
        <source>The key was received and kept, not applied</source>
        <translation>Ключ получен и сохранен, но не применен</translation>
    </message>
    <message>
        <source>The current keys are unchanged. Compare the keys below; the received key is also offered on the dashboard until you apply it.</source>
        <translation>Текущие ключи не изменились. Сравните ключи ниже; полученный ключ также будет предлагаться на странице «Лицензия», пока вы его не примените.</translation>
    </message>
    <message>
        <source>The licensing service issued the key %1.</source>
        <translation>Служба лицензирования выдала ключ %1.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>You compared the keys and applied the received key.</source>
        <translation>Вы сравнили ключи и применили полученный ключ.</translation>
    </message>
    <message>
        <source>The received key was applied.</source>
        <translation>Полученный ключ применен.</translation>
    </message>
</context>
<context>
    <name>LightAgent::ActivationWizard</name>
    <message>
        <source>Activate the solution</source>
        <translation>Активация решения</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <extracomment>Wizard button on the preview page: do not send the activation data</extracomment>
        <translation>От&amp;казаться</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>Wizard button after a failed activation: back to the code to try again</extracomment>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>Send nothing. You can activate with a key file instead.</source>
        <translation>Ничего не передавать. Вместо этого можно активировать решение с помощью файла ключа.</translation>
    </message>
    <message>
        <source>Go back to the activation code and try again.</source>
        <translation>Вернуться к коду активации и повторить попытку.</translation>
    </message>
    <message>
        <source>There is no request to send. Nothing was sent.</source>
        <translation>Нет запроса для передачи. Ничего не передано.</translation>
    </message>
</context>
<context>
    <name>LightAgent::AgreementDialog</name>
    <message>
        <source>The vendor&apos;s statement</source>
        <translation>Заявление поставщика</translation>
    </message>
    <message>
        <source>The console has not sent anything. Before it can update the databases or open online help, please read what it would send, and choose.</source>
        <translation>Консоль еще ничего не передавала. Прежде чем она сможет обновлять базы или открывать онлайн-справку, прочитайте, какие данные она будет передавать, и примите решение.</translation>
    </message>
    <message>
        <source>Data sent: %1</source>
        <translation>Передаваемые данные: %1</translation>
    </message>
    <message>
        <source>If you do not agree, the console stays fully usable: activate it with a key file, which is verified on this computer and sends nothing. Database updates and online help links then send nothing and say why. You can agree or withdraw at any time on the Updates and Data provision pages.</source>
        <translation>Если вы не примете соглашение, консолью можно полноценно пользоваться: активируйте решение с помощью файла ключа — он проверяется на этом компьютере, и ничего не передается. В этом случае обновление баз и ссылки на онлайн-справку ничего не передают и сообщают причину. Принять соглашение или отозвать согласие можно в любое время на страницах «Обновление» и «Предоставление данных».</translation>
    </message>
    <message>
        <source>I &amp;agree</source>
        <translation>&amp;Принимаю</translation>
    </message>
    <message>
        <source>Record that you accept the data provision described above, with the date and time. Nothing is sent now.</source>
        <translation>Записать, что вы принимаете описанные выше условия предоставления данных, с указанием даты и времени. Сейчас ничего не передается.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <extracomment>Button: close the data-provision statement without agreeing</extracomment>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <source>&amp;Withdraw agreement…</source>
        <translation>&amp;Отозвать согласие…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>The agreement cannot be read: %1</source>
        <translation>Не удается прочитать соглашение: %1</translation>
    </message>
    <message>
        <source>You have not agreed. Updates and online help links send nothing.</source>
        <translation>Вы не приняли соглашение. При обновлении и переходе по ссылкам на онлайн-справку ничего не передается.</translation>
    </message>
    <message>
        <source>You agreed on %1.</source>
        <translation>Вы приняли соглашение %1.</translation>
    </message>
    <message>
        <source>You withdrew your agreement on %1. Updates and online help links send nothing.</source>
        <translation>Вы отозвали согласие %1. При обновлении и переходе по ссылкам на онлайн-справку ничего не передается.</translation>
    </message>
    <message>
        <source>Your agreement was not recorded, so nothing will be sent: %1</source>
        <translation>Ваше согласие не сохранено, поэтому ничего не будет передано: %1</translation>
    </message>
    <message>
        <source>Withdraw agreement</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <source>Withdraw your agreement to data provision?

Database updates and online help links will send nothing until you agree again. Keys and activation are not affected.</source>
        <translation>Отозвать согласие на предоставление данных?

При обновлении баз и переходе по ссылкам на онлайн-справку ничего не будет передаваться, пока вы снова не примете соглашение. Ключи и активация не затрагиваются.</translation>
    </message>
    <message>
        <source>The agreement was not withdrawn: %1</source>
        <translation>Согласие не отозвано: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::BundleStore</name>
    <message>
        <source>The installed database bundle no longer passes verification with this vendor profile: %1 Run an update to replace it.</source>
        <translation>Установленный пакет баз больше не проходит проверку с этим профилем поставщика: %1 Запустите обновление, чтобы заменить его.</translation>
    </message>
    <message>
        <source>The service offered databases version %1, released before the installed version %2; the installed databases were kept.</source>
        <translation>Служба предложила базы версии %1, выпущенные раньше установленной версии %2; установленные базы сохранены.</translation>
    </message>
</context>
<context>
    <name>LightAgent::CheckPlan</name>
    <message>
        <source>The last license check could not be completed; it is tried again at the time shown.</source>
        <translation>Последнюю проверку лицензии не удалось завершить; она будет повторена в указанное время.</translation>
    </message>
    <message>
        <source>The activation data is sent again at the time shown, to verify that the solution is used appropriately.</source>
        <translation>Данные активации будут повторно переданы в указанное время для проверки правомерности использования решения.</translation>
    </message>
    <message>
        <source>There is no periodic license check: the solution is not activated.</source>
        <translation>Периодическая проверка лицензии не выполняется: решение не активировано.</translation>
    </message>
    <message>
        <source>There is no periodic license check: the active key was added from a key file, which sends nothing.</source>
        <translation>Периодическая проверка лицензии не выполняется: активный ключ добавлен из файла ключа, при этом ничего не передается.</translation>
    </message>
    <message>
        <source>There is no periodic license check: the consent to re-send the activation data was withdrawn. Nothing is sent.</source>
        <translation>Периодическая проверка лицензии не выполняется: согласие на повторную передачу данных активации отозвано. Ничего не передается.</translation>
    </message>
    <message>
        <source>There is no periodic license check: the activation code of the active key is not kept.</source>
        <translation>Периодическая проверка лицензии не выполняется: код активации активного ключа не сохранен.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Console</name>
    <message>
        <source>Light Agent Console</source>
        <translation>Консоль Light Agent</translation>
    </message>
    <message>
        <source>Light Agent licensing console.</source>
        <translation>Консоль лицензирования Light Agent.</translation>
    </message>
    <message>
        <source>Keep the state in DIR.</source>
        <translation>Хранить состояние в папке DIR.</translation>
    </message>
    <message>
        <source>Use the vendor profile FILE.</source>
        <translation>Использовать профиль поставщика FILE.</translation>
    </message>
    <message>
        <source>The vendor profile cannot be used.</source>
        <translation>Профиль поставщика нельзя использовать.</translation>
    </message>
    <message>
        <source>The data directory cannot be opened.</source>
        <translation>Не удается открыть папку данных.</translation>
    </message>
    <message>
        <source>Speak TAG (en, ru, de, fr; e.g. ru-RU) for this run; the language chosen in the menu stays as it is.</source>
        <translation>Использовать язык TAG (en, ru, de, fr; например, ru-RU) в этом запуске; язык, выбранный в меню, не меняется.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available; using %2.</source>
        <translation>Язык «%1» недоступен; используется %2.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Crypto</name>
    <message>
        <source>The service&apos;s certificate chain could not be verified against the trusted authorities (%1).</source>
        <translation>Цепочку сертификатов службы не удалось проверить по доверенным центрам сертификации (%1).</translation>
    </message>
    <message>
        <source>the leaf certificate cannot be read</source>
        <translation>сертификат службы не читается</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <source>the verification could not be set up</source>
        <translation>проверку не удалось подготовить</translation>
    </message>
</context>
<context>
    <name>LightAgent::Crypto::Ed25519PrivateKey</name>
    <message>
        <source>The text is not an Ed25519 private key in PEM form.</source>
        <translation>Текст не является закрытым ключом Ed25519 в формате PEM.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Crypto::Ed25519PublicKey</name>
    <message>
        <source>The text is not an Ed25519 public key in PEM form.</source>
        <translation>Текст не является открытым ключом Ed25519 в формате PEM.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Ctl</name>
    <message>
        <source>Send this data to the licensing service, and agree to its periodic re-sending for license verification? [y/N]</source>
        <translation>Передать эти данные в службу лицензирования и согласиться на их периодическую повторную передачу для проверки лицензии? [y/N]</translation>
    </message>
    <message>
        <source>Activated. The service returned the key %1.</source>
        <translation>Решение активировано. Служба вернула ключ %1.</translation>
    </message>
    <message>
        <source>Warning: the service did not confirm which bytes it received.</source>
        <translation>Внимание: служба не подтвердила, какие байты она получила.</translation>
    </message>
    <message>
        <source>The service confirmed it received exactly these bytes (SHA-256 %1).</source>
        <translation>Служба подтвердила, что получила именно эти байты (SHA-256 %1).</translation>
    </message>
    <message>
        <source>Warning: the service reports receiving different bytes (SHA-256 %1) than were sent (SHA-256 %2).</source>
        <translation>Внимание: служба сообщает, что получила другие байты (SHA-256 %1), чем были переданы (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Пробный запуск: ничего не передано.</translation>
    </message>
    <message>
        <source>Declined: nothing was sent. You can activate with a key file instead; that sends nothing.</source>
        <translation>Отклонено: ничего не передано. Вместо этого можно активировать решение с помощью файла ключа — при этом ничего не передается.</translation>
    </message>
    <message>
        <source>%1 — this exact request will be sent:</source>
        <translation>%1 — будет передан именно этот запрос:</translation>
    </message>
    <message>
        <source>SHA-256 of the body: %1</source>
        <translation>SHA-256 тела запроса: %1</translation>
    </message>
    <message>
        <source>What each field is:</source>
        <translation>Назначение полей:</translation>
    </message>
    <message>
        <source>, digest confirmed</source>
        <translation>, хеш подтвержден</translation>
    </message>
    <message>
        <source>, DIGEST DIFFERS</source>
        <translation>, ХЕШ НЕ СОВПАДАЕТ</translation>
    </message>
    <message>
        <source>recorded before sending</source>
        <translation>записано перед передачей</translation>
    </message>
    <message>
        <source>result of #%1: </source>
        <translation>результат #%1: </translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>№</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ВРЕМЯ (UTC)</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>МЕТОД</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The journal is empty: nothing has been sent from this data directory.</source>
        <translation>Журнал пуст: из этой папки данных ничего не передавалось.</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entries checked.</source>
        <translation>
            <numerusform>Журнал не поврежден: проверена %n запись.</numerusform>
            <numerusform>Журнал не поврежден: проверены %n записи.</numerusform>
            <numerusform>Журнал не поврежден: проверено %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1 (JSON Lines: one object per line, with prevHash and hash).</source>
        <translation>
            <numerusform>Экспортирована %n запись в %1 (JSON Lines: один объект в строке, с prevHash и hash).</numerusform>
            <numerusform>Экспортированы %n записи в %1 (JSON Lines: один объект в строке, с prevHash и hash).</numerusform>
            <numerusform>Экспортировано %n записей в %1 (JSON Lines: один объект в строке, с prevHash и hash).</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial:        %1</source>
        <translation>Серийный номер:    %1</translation>
    </message>
    <message>
        <source>Signed by:     %1 (signature verified)</source>
        <translation>Подписан:          %1 (подпись проверена)</translation>
    </message>
    <message>
        <source>Edition:       %1</source>
        <translation>Редакция:          %1</translation>
    </message>
    <message>
        <source>Type:          %1</source>
        <translation>Тип:               %1</translation>
    </message>
    <message>
        <source>Licenses:      %1</source>
        <translation>Лицензировано:     %1</translation>
    </message>
    <message>
        <source>Grace period:  %1 days, until %2</source>
        <translation>Льготный период:   %1 дн., до %2</translation>
    </message>
    <message>
        <source>Licensee:      %1</source>
        <translation>Владелец лицензии: %1</translation>
    </message>
    <message>
        <source>Other field:   %1 (not used for any decision)</source>
        <translation>Прочее поле:       %1 (не используется для принятия решений)</translation>
    </message>
    <message>
        <source>As active key:</source>
        <translation>Как активный ключ:</translation>
    </message>
    <message>
        <source>As reserve key:</source>
        <translation>Как резервный ключ:</translation>
    </message>
    <message>
        <source>Dry run — nothing was changed. Adding this key would do this:</source>
        <translation>Пробный запуск — ничего не изменено. Добавление этого ключа приведет к следующему:</translation>
    </message>
    <message>
        <source>The key was added:</source>
        <translation>Ключ добавлен:</translation>
    </message>
    <message>
        <source>&apos;key remove&apos; takes &apos;active&apos; or &apos;reserve&apos;, not &quot;%1&quot;.</source>
        <translation>Для &apos;key remove&apos; укажите &apos;active&apos; или &apos;reserve&apos;, а не «%1».</translation>
    </message>
    <message>
        <source>The active key was removed.</source>
        <translation>Активный ключ удален.</translation>
    </message>
    <message>
        <source>The reserve key was removed.</source>
        <translation>Резервный ключ удален.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4 to %5 (%6)</source>
        <translation>%1 — %2, %3, с %4 по %5 (%6)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>срок действия истек</translation>
    </message>
    <message>
        <source>Status:        %1 — %2</source>
        <translation>Состояние:         %1 — %2</translation>
    </message>
    <message>
        <source>               %1</source>
        <translation>                   %1</translation>
    </message>
    <message>
        <source>Functionality: %1</source>
        <translation>Функциональность:  %1</translation>
    </message>
    <message>
        <source>Active key:    %1</source>
        <translation>Активный ключ:     %1</translation>
    </message>
    <message>
        <source>Reserve key:   %1</source>
        <translation>Резервный ключ:    %1</translation>
    </message>
    <message>
        <source>               The reserve key has taken over from the expired active key.</source>
        <translation>                   Резервный ключ заменил активный ключ, срок действия которого истек.</translation>
    </message>
    <message>
        <source>Profile:       %1%2</source>
        <translation>Профиль:           %1%2</translation>
    </message>
    <message>
        <source> (demo vendor profile)</source>
        <translation> (демонстрационный профиль поставщика)</translation>
    </message>
    <message>
        <source>Data:          %1</source>
        <translation>Данные:            %1</translation>
    </message>
    <message>
        <source>--on-date needs a date in the form YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>Для --on-date требуется дата в формате YYYY-MM-DD, а не «%1».</translation>
    </message>
    <message>
        <source>The agreement was accepted on %1.</source>
        <translation>Соглашение принято %1.</translation>
    </message>
    <message>
        <source>The agreement was withdrawn on %1: updates and help links send nothing.</source>
        <translation>Соглашение отозвано %1: при обновлениях и переходе по ссылкам на справку ничего не передается.</translation>
    </message>
    <message>
        <source>The agreement is not accepted: updates and help links send nothing. Accept it with &apos;lightagent-ctl agreement accept&apos;.</source>
        <translation>Соглашение не принято: при обновлениях и переходе по ссылкам на справку ничего не передается. Чтобы принять его, выполните &apos;lightagent-ctl agreement accept&apos;.</translation>
    </message>
    <message>
        <source>Database updates and followed links may now send the data listed by &apos;lightagent-ctl agreement show&apos;. Activation with a code still asks each time.</source>
        <translation>Теперь при обновлении баз и переходе по ссылкам могут передаваться данные, перечисленные командой &apos;lightagent-ctl agreement show&apos;. При активации с помощью кода согласие по-прежнему запрашивается каждый раз.</translation>
    </message>
    <message>
        <source>Use &apos;agreement [show|accept|withdraw] [--json]&apos;.</source>
        <translation>Используйте &apos;agreement [show|accept|withdraw] [--json]&apos;.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent. The check is due at %1.</source>
        <translation>Пробный запуск: ничего не передано. Проверка запланирована на %1.</translation>
    </message>
    <message>
        <source>The next check is at %1.</source>
        <translation>Следующая проверка: %1.</translation>
    </message>
    <message>
        <source>The licensing service says the license is %1.</source>
        <translation>Служба лицензирования сообщает состояние лицензии: %1.</translation>
    </message>
    <message>
        <source>Use &apos;check [--dry-run] [--force] [--json]&apos;.</source>
        <translation>Используйте &apos;check [--dry-run] [--force] [--json]&apos;.</translation>
    </message>
    <message>
        <source>No license check is due before %1; nothing was sent. Use --force to check now.</source>
        <translation>До %1 проверка лицензии не требуется; ничего не передано. Чтобы выполнить проверку сейчас, используйте --force.</translation>
    </message>
    <message>
        <source>Sending the activation data and re-sending it periodically</source>
        <translation>Передача данных активации и их периодическая повторная передача</translation>
    </message>
    <message>
        <source>The data-provision agreement (updates and followed links)</source>
        <translation>Соглашение о предоставлении данных (обновления и переходы по ссылкам)</translation>
    </message>
    <message>
        <source>%1: never given.</source>
        <translation>%1: согласие не давалось.</translation>
    </message>
    <message>
        <source>%1: given on %2.</source>
        <translation>%1: согласие дано %2.</translation>
    </message>
    <message>
        <source>%1: given on %2, withdrawn on %3.</source>
        <translation>%1: согласие дано %2, отозвано %3.</translation>
    </message>
    <message>
        <source>Withdrawn: the activation data is no longer re-sent, so the periodic license check stops. The key stays active.</source>
        <translation>Отозвано: данные активации больше не передаются повторно, поэтому периодическая проверка лицензии прекращается. Ключ остается активным.</translation>
    </message>
    <message>
        <source>Withdrawn: database updates and followed links send nothing from now on.</source>
        <translation>Отозвано: с этого момента при обновлении баз и переходе по ссылкам ничего не передается.</translation>
    </message>
    <message>
        <source>Use &apos;consent [--json]&apos; or &apos;consent withdraw code-activation|data-provision [--json]&apos;.</source>
        <translation>Используйте &apos;consent [--json]&apos; или &apos;consent withdraw code-activation|data-provision [--json]&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;lightagent-ctl --help&apos; for usage.</source>
        <translation>Справка по использованию: &apos;lightagent-ctl --help&apos;.</translation>
    </message>
    <message>
        <source>help-url needs exactly one PLACE; &apos;lightagent-ctl help-pages&apos; lists them.</source>
        <translation>Для help-url нужно указать ровно одно МЕСТО (PLACE); их список выводит &apos;lightagent-ctl help-pages&apos;.</translation>
    </message>
    <message>
        <source>help-pages takes no arguments.</source>
        <translation>Команда help-pages не принимает аргументов.</translation>
    </message>
    <message>
        <source>PLACE</source>
        <extracomment>Column headings of &apos;lightagent-ctl help-pages&apos;</extracomment>
        <translation>МЕСТО</translation>
    </message>
    <message>
        <source>PAGE ID</source>
        <translation>ID СТРАНИЦЫ</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>РАЗДЕЛ</translation>
    </message>
    <message>
        <source>(URL)</source>
        <extracomment>help-pages: the privacy policy has no page ID; it is the vendor profile&apos;s own URL</extracomment>
        <translation>(URL)</translation>
    </message>
    <message>
        <source>Print a link with &apos;lightagent-ctl help-url PLACE [--lang TAG]&apos;. Printing a link sends nothing.</source>
        <translation>Вывести ссылку: &apos;lightagent-ctl help-url PLACE [--lang TAG]&apos;. При выводе ссылки ничего не передается.</translation>
    </message>
    <message>
        <source>Databases:     %1</source>
        <translation>Базы:              %1</translation>
    </message>
    <message>
        <source>               Next scheduled update: %1</source>
        <translation>                   Следующее обновление по расписанию: %1</translation>
    </message>
    <message>
        <source>License check: next at %1</source>
        <translation>Проверка лицензии: следующая — %1</translation>
    </message>
    <message>
        <source>License check: none</source>
        <translation>Проверка лицензии: нет</translation>
    </message>
    <message>
        <source>Data provision: the agreement is accepted.</source>
        <translation>Предоставление данных: соглашение принято.</translation>
    </message>
    <message>
        <source>Data provision: the agreement is not accepted; updates and help links send nothing.</source>
        <translation>Предоставление данных: соглашение не принято; при обновлениях и переходе по ссылкам на справку ничего не передается.</translation>
    </message>
    <message>
        <source>Send this request to the update service? [y/N]</source>
        <translation>Передать этот запрос в службу обновлений? [y/N]</translation>
    </message>
    <message>
        <source>Installed the databases version %1 (%2 records, released %3).</source>
        <translation>Установлены базы версии %1 (записей: %2, выпущены %3).</translation>
    </message>
    <message>
        <source>The databases version %1 is installed already; nothing changed.</source>
        <translation>Базы версии %1 уже установлены; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Freshness: %1</source>
        <translation>Актуальность: %1</translation>
    </message>
    <message>
        <source>Use &apos;update schedule [on|off] [--json]&apos;.</source>
        <translation>Используйте &apos;update schedule [on|off] [--json]&apos;.</translation>
    </message>
    <message>
        <source>Scheduled updates are on.</source>
        <translation>Обновление по расписанию включено.</translation>
    </message>
    <message>
        <source>Scheduled updates are off.</source>
        <translation>Обновление по расписанию выключено.</translation>
    </message>
    <message>
        <source>Next scheduled update: %1</source>
        <translation>Следующее обновление по расписанию: %1</translation>
    </message>
    <message>
        <source>It would not be sent now either: %1</source>
        <translation>Сейчас запрос тоже не был бы передан: %1</translation>
    </message>
    <message>
        <source>Declined: nothing was sent.</source>
        <translation>Отклонено: ничего не передано.</translation>
    </message>
    <message>
        <source>Use &apos;update [--dry-run] [--yes] [--json]&apos; or &apos;update schedule [on|off]&apos;.</source>
        <translation>Используйте &apos;update [--dry-run] [--yes] [--json]&apos; или &apos;update schedule [on|off]&apos;.</translation>
    </message>
    <message>
        <source>help-url PLACE [--lang TAG] [--json]       the localized help link of a place; sends nothing</source>
        <translation>help-url PLACE [--lang TAG] [--json]       локализованная ссылка на справку для места; ничего не передает</translation>
    </message>
    <message>
        <source>help-pages [--json]                        the places that offer help, with their page IDs</source>
        <translation>help-pages [--json]                        места, для которых есть справка, с идентификаторами страниц</translation>
    </message>
    <message>
        <source>update [--dry-run] [--yes] [--json]        show the exact database update request, ask, send it, install
  update schedule [on|off] [--json]          scheduled updates</source>
        <translation>update [--dry-run] [--yes] [--json]        показать точный запрос обновления баз, запросить подтверждение, передать его, установить базы
  update schedule [on|off] [--json]          обновление по расписанию</translation>
    </message>
    <message>
        <source>check [--dry-run] [--force] [--json]       the periodic license check, when due (keys from a code only)</source>
        <translation>check [--dry-run] [--force] [--json]       периодическая проверка лицензии, когда она требуется (только для ключей, полученных по коду)</translation>
    </message>
    <message>
        <source>agreement [show|accept|withdraw] [--json]  the data-provision agreement for updates and help links</source>
        <translation>agreement [show|accept|withdraw] [--json]  соглашение о предоставлении данных для обновлений и ссылок на справку</translation>
    </message>
    <message>
        <source>consent [--json]                           the consents given
  consent withdraw code-activation|data-provision [--json]</source>
        <translation>consent [--json]                           выданные согласия
  consent withdraw code-activation|data-provision [--json]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Коды выхода:</translation>
    </message>
    <message>
        <source>Light Agent licensing from the command line.</source>
        <translation>Лицензирование Light Agent из командной строки.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Keep the state in DIR.</source>
        <translation>Хранить состояние в папке DIR.</translation>
    </message>
    <message>
        <source>Use the vendor profile FILE.</source>
        <translation>Использовать профиль поставщика FILE.</translation>
    </message>
    <message>
        <source>Print JSON for programs.</source>
        <translation>Выводить JSON для программ.</translation>
    </message>
    <message>
        <source>status: evaluate on DATE instead of today.</source>
        <translation>status: оценить состояние на дату DATE вместо сегодняшней.</translation>
    </message>
    <message>
        <source>Show what would happen; change and send nothing.</source>
        <translation>Показать, что произойдет, ничего не изменяя и не передавая.</translation>
    </message>
    <message>
        <source>check: check now even if no check is due yet.</source>
        <translation>check: выполнить проверку сейчас, даже если она еще не требуется.</translation>
    </message>
    <message>
        <source>activate: send without asking (you have seen the request).</source>
        <translation>activate: передать без подтверждения (вы уже видели запрос).</translation>
    </message>
    <message>
        <source>What to do; see below.</source>
        <translation>Действие; см. ниже.</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not available; using %2.</source>
        <translation>Язык «%1» недоступен; используется %2.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>Use &apos;activate CODE [--reserve] [--replace] [--dry-run] [--yes] [--json]&apos;.</source>
        <translation>Используйте &apos;activate CODE [--reserve] [--replace] [--dry-run] [--yes] [--json]&apos;.</translation>
    </message>
    <message>
        <source>What the activation will do with the keys:</source>
        <translation>Что активация сделает с ключами:</translation>
    </message>
    <message>
        <source>Use &apos;key inspect FILE&apos;, &apos;key add FILE&apos;, &apos;key remove active|reserve&apos; or &apos;key received [apply|reserve|discard [SERIAL]]&apos;.</source>
        <translation>Используйте &apos;key inspect FILE&apos;, &apos;key add FILE&apos;, &apos;key remove active|reserve&apos; или &apos;key received [apply|reserve|discard [SERIAL]]&apos;.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Серийный номер:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <translation>Лицензировано:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Срок действия:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Осталось дней:</translation>
    </message>
    <message>
        <source>Active key now</source>
        <translation>Активный ключ сейчас</translation>
    </message>
    <message>
        <source>Reserve key now</source>
        <translation>Резервный ключ сейчас</translation>
    </message>
    <message>
        <source>Key received</source>
        <translation>Полученный ключ</translation>
    </message>
    <message>
        <source>Apply the key %1 as the active key, losing the license time above? [y/N]</source>
        <translation>Применить ключ %1 как активный ключ с потерей указанного выше срока лицензии? [y/N]</translation>
    </message>
    <message>
        <source>Apply the key %1 as the reserve key, losing the license time above? [y/N]</source>
        <translation>Применить ключ %1 как резервный ключ с потерей указанного выше срока лицензии? [y/N]</translation>
    </message>
    <message>
        <source>The key is kept as a received key; nothing of the current keys changed. To apply it later: &apos;lightagent-ctl key received apply --replace&apos;; to add it as the reserve key: &apos;lightagent-ctl key received reserve&apos;; to drop it: &apos;lightagent-ctl key received discard&apos;.</source>
        <translation>Ключ сохранен как полученный ключ; текущие ключи не изменились. Чтобы применить его позже: &apos;lightagent-ctl key received apply --replace&apos;; чтобы добавить его как резервный ключ: &apos;lightagent-ctl key received reserve&apos;; чтобы отбросить его: &apos;lightagent-ctl key received discard&apos;.</translation>
    </message>
    <message>
        <source>Applying it would change this:</source>
        <translation>Его применение изменит следующее:</translation>
    </message>
    <message>
        <source>The received key %1 was applied:</source>
        <translation>Полученный ключ %1 применен:</translation>
    </message>
    <message>
        <source>No key was received that has not been applied.</source>
        <translation>Нет полученных ключей, которые не были применены.</translation>
    </message>
    <message>
        <source>%1  %2, %3, valid to %4; received %5 for the code %6</source>
        <extracomment>%1 serial, %2 type, %3 what it licenses, %4 last day, %5 date and time received</extracomment>
        <translation>%1  %2, %3, действует до %4; получен %5 по коду %6</translation>
    </message>
    <message>
        <source>Apply one with &apos;key received apply [SERIAL]&apos;, add it as the reserve key with &apos;key received reserve [SERIAL]&apos;, or drop it with &apos;key received discard [SERIAL]&apos;.</source>
        <translation>Примените ключ командой &apos;key received apply [SERIAL]&apos;, добавьте его как резервный ключ командой &apos;key received reserve [SERIAL]&apos; или отбросьте командой &apos;key received discard [SERIAL]&apos;.</translation>
    </message>
    <message>
        <source>Use &apos;key received&apos;, or &apos;key received apply|reserve|discard [SERIAL]&apos;.</source>
        <translation>Используйте &apos;key received&apos; или &apos;key received apply|reserve|discard [SERIAL]&apos;.</translation>
    </message>
    <message>
        <source>The received key %1 was discarded.</source>
        <translation>Полученный ключ %1 отброшен.</translation>
    </message>
    <message>
        <source>The key %1 that the licensing service issued was not applied: %2</source>
        <translation>Ключ %1, выданный службой лицензирования, не применен: %2</translation>
    </message>
    <message>
        <source>The licensing service issued the key %1. Applying it as chosen would lose license time, so it is shown beside the key it replaces:</source>
        <translation>Служба лицензирования выдала ключ %1. Его применение в выбранном качестве сократило бы срок действия лицензии, поэтому он показан рядом с ключом, который он заменяет:</translation>
    </message>
    <message>
        <source>key inspect FILE [--json]                  verify a key file, change nothing
  key add FILE [--reserve] [--dry-run] [--json]
  key remove active|reserve [--json]
  key received [--json]                      keys the service issued that were not applied
  key received apply|reserve|discard [SERIAL] [--replace] [--yes] [--json]</source>
        <translation>key inspect FILE [--json]                  проверить файл ключа, ничего не изменяя
  key add FILE [--reserve] [--dry-run] [--json]
  key remove active|reserve [--json]
  key received [--json]                      ключи, выданные службой, которые не были применены
  key received apply|reserve|discard [SERIAL] [--replace] [--yes] [--json]</translation>
    </message>
    <message>
        <source>activate CODE [--reserve] [--replace] [--dry-run] [--yes] [--json]
                                             show the exact request and what it will do with the keys, ask, then send it</source>
        <translation>activate CODE [--reserve] [--replace] [--dry-run] [--yes] [--json]
                                             показать точный запрос и то, что он сделает с ключами, запросить подтверждение, затем передать его</translation>
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
        <translation>  0  успешное выполнение
  1  непредвиденная ошибка
  2  ошибка использования
  3  недопустимые входные данные (поврежденный или непроверяемый файл ключа, код или ответ)
  4  отклонено правилами хранилища ключей или уровнем лицензии
  5  не удалось прочитать или записать файл
  6  не удалось открыть или изменить базу данных состояния
  7  состояние изменяет другой процесс; повторите попытку
  8  не удалось безопасно подключиться к службе
  9  служба отказала или ответила не по протоколу
  10 отклонено администратором
  11 полученный ключ сохранен, но не применен: его применение удалило бы действующий ключ или сократило бы срок лицензии (подтвердите с --replace или через &apos;key received&apos;)
</translation>
    </message>
    <message>
        <source>key add, activate: add the key as the reserve key (beside the active key).</source>
        <translation>key add, activate: добавить ключ как резервный ключ (при активном ключе).</translation>
    </message>
    <message>
        <source>activate, key received: apply the key even where it removes a valid key or shortens the time the license covers.</source>
        <translation>activate, key received: применить ключ, даже если при этом удаляется действующий ключ или сокращается срок действия лицензии.</translation>
    </message>
    <message>
        <source>Not allowed. %1</source>
        <translation>Не допускается. %1</translation>
    </message>
    <message>
        <source>Valid:         %1 to %2 (%3)</source>
        <translation>Действует:         с %1 по %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>истек %n день назад</numerusform>
            <numerusform>истек %n дня назад</numerusform>
            <numerusform>истек %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Speak TAG (en, ru, de, fr; e.g. ru-RU): the text printed, the interface language that requests report, and help links. Without it: the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), but English with --json.</source>
        <translation>Использовать язык TAG (en, ru, de, fr; например, ru-RU): для выводимого текста, языка интерфейса, который сообщают запросы, и ссылок на справку. Без параметра — язык локали (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), но с --json — английский.</translation>
    </message>
    <message>
        <source>Received by: %1</source>
        <extracomment>%1 is the host that receives the request, with what it is</extracomment>
        <translation>Получатель: %1</translation>
    </message>
    <message>
        <source>warn-days: %1 (a warning from %2 days before the license stops covering, critical from %3 days)</source>
        <translation>warn-days: %1 (предупреждение за %2 дн. до окончания действия лицензии, критично — за %3 дн.)</translation>
    </message>
    <message>
        <source>Use &apos;config show&apos; or &apos;config set warn-days 30,14,7,1&apos;.</source>
        <translation>Используйте &apos;config show&apos; или &apos;config set warn-days 30,14,7,1&apos;.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;; the one setting is warn-days.</source>
        <translation>Параметра «%1» нет; единственный параметр — warn-days.</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact and extends the kept head %1: %n entries checked.</source>
        <translation>
            <numerusform>Журнал цел и продолжает сохранённую вершину %1: проверена %n запись.</numerusform>
            <numerusform>Журнал цел и продолжает сохранённую вершину %1: проверены %n записи.</numerusform>
            <numerusform>Журнал цел и продолжает сохранённую вершину %1: проверено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use &apos;journal&apos;, &apos;journal head&apos;, &apos;journal verify [--head SEQ:HASH]&apos; or &apos;journal export FILE&apos;.</source>
        <translation>Используйте &apos;journal&apos;, &apos;journal head&apos;, &apos;journal verify [--head SEQ:HASH]&apos; или &apos;journal export FILE&apos;.</translation>
    </message>
    <message>
        <source>The license state cannot be read: %1</source>
        <translation>Состояние лицензии прочитать невозможно: %1</translation>
    </message>
    <message>
        <source>Warning level: %1 — %2</source>
        <translation>Уровень:      %1 — %2</translation>
    </message>
    <message>
        <source>Then:          %1</source>
        <translation>Затем:        %1</translation>
    </message>
    <message>
        <source>--nagios and --prometheus cannot be combined.</source>
        <translation>--nagios и --prometheus нельзя использовать вместе.</translation>
    </message>
    <message>
        <source>status [--json] [--on-date YYYY-MM-DD]   the license state
  status --nagios | --prometheus              for monitoring: a plugin line and exit code, or metrics</source>
        <translation>status [--json] [--on-date YYYY-MM-DD]   состояние лицензии
  status --nagios | --prometheus              для мониторинга: строка плагина и код выхода или метрики</translation>
    </message>
    <message>
        <source>journal [--json]                           everything that was sent, oldest first
  journal verify [--json]                    check the hash chain; exit 3 names the first bad entry
  journal head [--json]                      the current head SEQ:HASH, to keep elsewhere
  journal verify --head SEQ:HASH             also check that the journal still extends a kept head
  journal export FILE                        JSON Lines with prevHash and hash</source>
        <translation>journal [--json]                           все, что было передано, начиная с самого раннего
  journal verify [--json]                    проверить цепочку хешей; код выхода 3 указывает первую поврежденную запись
  journal head [--json]                      текущая вершина SEQ:HASH, чтобы хранить её в другом месте
  journal verify --head SEQ:HASH             также проверить, что журнал продолжает сохранённую вершину
  journal export FILE                        JSON Lines с prevHash и hash</translation>
    </message>
    <message>
        <source>config show [--json]                       the settings
  config set warn-days 30,14,7,1             days before the end that warnings begin</source>
        <translation>config show [--json]                       параметры
  config set warn-days 30,14,7,1             за сколько дней до окончания начинаются предупреждения</translation>
    </message>
    <message>
        <source>status: one monitoring-plugin line; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation>status: одна строка для плагина мониторинга; код выхода 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</translation>
    </message>
    <message>
        <source>status: metrics in the Prometheus text format (node_exporter&apos;s textfile collector).</source>
        <translation>status: метрики в текстовом формате Prometheus (textfile collector в node_exporter).</translation>
    </message>
    <message>
        <source>journal verify: the journal must still extend this head, kept elsewhere.</source>
        <translation>journal verify: журнал должен по-прежнему продолжать эту вершину, сохранённую в другом месте.</translation>
    </message>
</context>
<context>
    <name>LightAgent::DashboardPage</name>
    <message>
        <source>Functionality:</source>
        <comment>license level</comment>
        <extracomment>Caption of the functionality level: full, limited, none</extracomment>
        <translation>Функциональность:</translation>
    </message>
    <message>
        <source>Functionality level</source>
        <translation>Уровень функциональности</translation>
    </message>
    <message>
        <source>Timeline of the active key</source>
        <translation>Срок действия активного ключа</translation>
    </message>
    <message>
        <source>License</source>
        <comment>page title</comment>
        <extracomment>Page title: the license of this installation</extracomment>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>&amp;Add key file…</source>
        <translation>&amp;Добавить файл ключа…</translation>
    </message>
    <message>
        <source>Verify a key file on this computer and choose how to add it. Nothing is sent.</source>
        <translation>Проверить файл ключа на этом компьютере и выбрать, как его добавить. Ничего не передается.</translation>
    </message>
    <message>
        <source>Demo vendor profile</source>
        <extracomment>Badge: the console runs with the built-in demonstration vendor profile</extracomment>
        <translation>Демонстрационный профиль поставщика</translation>
    </message>
    <message>
        <source>This console uses the built-in demo vendor profile. It trusts only key files signed by the demo vendor and talks only to the demo licensing service; keys from a real vendor are refused. Start the console with --profile FILE to use your vendor&apos;s profile.</source>
        <translation>Консоль использует встроенный демонстрационный профиль поставщика. Она доверяет только файлам ключей, подписанным демонстрационным поставщиком, и обращается только к демонстрационной службе лицензирования; ключи настоящего поставщика отклоняются. Чтобы использовать профиль вашего поставщика, запустите консоль с параметром --profile ФАЙЛ.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Activate with a key file, which sends nothing, or with an activation code, after you have seen the exact data it sends.</source>
        <translation>Активировать с помощью файла ключа (ничего не передается) или кода активации (после того как вы увидите, какие именно данные будут переданы).</translation>
    </message>
    <message>
        <source>License</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the license dashboard</extracomment>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Ac&amp;tivate…</source>
        <translation>Ак&amp;тивировать…</translation>
    </message>
</context>
<context>
    <name>LightAgent::DataProvisionAgreement</name>
    <message>
        <source>About data provision</source>
        <translation>О предоставлении данных</translation>
    </message>
    <message>
        <source>When databases and application modules are updated</source>
        <translation>При обновлении баз и модулей приложения</translation>
    </message>
    <message>
        <source>Scheduled updates can be switched off; an update can always be previewed first.</source>
        <translation>Обновление по расписанию можно выключить; любое обновление можно предварительно просмотреть.</translation>
    </message>
    <message>
        <source>When you follow links from the interface</source>
        <translation>При переходе по ссылкам из интерфейса</translation>
    </message>
    <message>
        <source>The link is shown before it is opened.</source>
        <translation>Ссылка показывается перед открытием.</translation>
    </message>
    <message>
        <source>When an activation code is applied to activate the solution</source>
        <translation>При применении кода активации для активации решения</translation>
    </message>
    <message>
        <source>Not covered by this agreement: every activation with a code shows the exact request and asks you first. The same information is then sent periodically to verify that the solution is used appropriately, until you withdraw that consent. If you do not agree to send it, activate with a key file: that sends nothing.</source>
        <translation>Не входит в это соглашение: при каждой активации с помощью кода консоль показывает точный запрос и сначала спрашивает вас. Затем те же данные периодически передаются для проверки правомерности использования решения, пока вы не отзовете это согласие. Если вы не согласны их передавать, активируйте решение с помощью файла ключа — при этом ничего не передается.</translation>
    </message>
    <message>
        <source>The vendor may use this information to generate statistical information about the distribution and use of its software. The received information is protected in accordance with the law and the vendor&apos;s rules. All of it travels over encrypted channels.</source>
        <translation>Поставщик может использовать эту информацию для формирования статистики распространения и использования своего программного обеспечения. Полученная информация защищается в соответствии с законодательством и правилами поставщика. Вся она передается по зашифрованным каналам.</translation>
    </message>
    <message>
        <source>How it is processed, stored and destroyed is described in the privacy policy: %1</source>
        <translation>Порядок обработки, хранения и уничтожения информации описан в политике конфиденциальности: %1</translation>
    </message>
    <message>
        <source>The link was not opened and nothing was sent: following links from the console sends data only under the data-provision agreement, which is not accepted.</source>
        <translation>Ссылка не открыта, и ничего не передано: переход по ссылкам из консоли передает данные только в рамках соглашения о предоставлении данных, а оно не принято.</translation>
    </message>
    <message>
        <source>Nothing was sent: database updates send data only under the data-provision agreement, which is not accepted.</source>
        <translation>Ничего не передано: обновление баз передает данные только в рамках соглашения о предоставлении данных, а оно не принято.</translation>
    </message>
    <message>
        <source>Read it and accept it in the console, or with &apos;lightagent-ctl agreement show&apos; and &apos;lightagent-ctl agreement accept&apos;.</source>
        <translation>Прочитайте и примите его в консоли или с помощью команд &apos;lightagent-ctl agreement show&apos; и &apos;lightagent-ctl agreement accept&apos;.</translation>
    </message>
    <message>
        <source>By accepting this agreement, you allow the console to send the following information automatically, each kind only to the hosts named with it below (as the vendor profile of %1 sets them). Nothing else is sent, and every transmission can be previewed beforehand and read afterwards in the transmission journal.</source>
        <extracomment>%1 is the vendor&apos;s name</extracomment>
        <translation>Принимая это соглашение, вы разрешаете консоли автоматически передавать перечисленную ниже информацию, причем каждый ее вид — только на указанные при нем узлы (их задает профиль поставщика %1). Ничего другого не передается, и каждую передачу можно заранее просмотреть, а затем прочитать в журнале передачи данных.</translation>
    </message>
    <message>
        <source>Sent to: %1</source>
        <extracomment>%1 lists the hosts that receive this kind of data, each with what it is</extracomment>
        <translation>Куда передается: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::DataProvisionPage</name>
    <message>
        <source>Data provision</source>
        <comment>page title</comment>
        <extracomment>Page title: what the console sends to the vendor, and when</extracomment>
        <translation>Предоставление данных</translation>
    </message>
    <message>
        <source>The console sends data to the vendor on three occasions only, listed below with every field it sends. Preview now shows the exact request that would be sent at this moment; previewing sends nothing. Every transmission is recorded in the transmission journal.</source>
        <translation>Консоль передает данные поставщику только в трех случаях, перечисленных ниже вместе со всеми передаваемыми полями. Кнопка «Просмотреть» показывает точный запрос, который был бы передан в данный момент; при просмотре ничего не передается. Каждая передача записывается в журнал передачи данных.</translation>
    </message>
    <message>
        <source>Your consent to activation with a code:</source>
        <translation>Ваше согласие на активацию с помощью кода:</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Отозвать согласие…</translation>
    </message>
    <message>
        <source>All data is sent over encrypted connections (TLS) only.</source>
        <translation>Все данные передаются только по зашифрованным соединениям (TLS).</translation>
    </message>
    <message>
        <source>The vendor protects the information it receives as the law and its own rules require.</source>
        <translation>Поставщик защищает получаемую информацию в соответствии с законодательством и собственными правилами.</translation>
    </message>
    <message>
        <source>How the vendor processes, stores and destroys this information: %1</source>
        <extracomment>%1 is a link to the vendor&apos;s privacy policy</extracomment>
        <translation>Как поставщик обрабатывает, хранит и уничтожает эту информацию: %1</translation>
    </message>
    <message>
        <source>the vendor&apos;s privacy policy</source>
        <translation>политика конфиденциальности поставщика</translation>
    </message>
    <message>
        <source>Updates of databases and application modules</source>
        <translation>Обновление баз и модулей приложения</translation>
    </message>
    <message>
        <source>Each update run gets a new update task ID; the license ID is the serial number of the active key.</source>
        <translation>При каждом запуске обновления создается новый идентификатор задачи обновления; идентификатор лицензии — это серийный номер активного ключа.</translation>
    </message>
    <message>
        <source>Links followed from the console</source>
        <translation>Переход по ссылкам из консоли</translation>
    </message>
    <message>
        <source>The data travels in the address your web browser opens. The preview shows the help link of this page; every help link carries the same parameters.</source>
        <translation>Данные передаются в адресе, который открывает веб-браузер. При просмотре показывается ссылка на справку для этой страницы; все ссылки на справку содержат одни и те же параметры.</translation>
    </message>
    <message>
        <source>Activation with an activation code</source>
        <translation>Активация с помощью кода активации</translation>
    </message>
    <message>
        <source>This data is also sent periodically, to verify that the solution is used appropriately. The vendor may use it to generate statistics on the distribution and use of its software. If you do not agree to send it, activate with a key file instead: a key file is verified on this computer and sends nothing.</source>
        <translation>Эти данные также передаются периодически для проверки правомерности использования решения. Поставщик может использовать их для формирования статистики распространения и использования своего программного обеспечения. Если вы не согласны их передавать, активируйте решение с помощью файла ключа: файл ключа проверяется на этом компьютере, и ничего не передается.</translation>
    </message>
    <message>
        <source>Data sent: %1</source>
        <translation>Передаваемые данные: %1</translation>
    </message>
    <message>
        <source>Show the exact request that would be sent now. Nothing is sent.</source>
        <translation>Показать точный запрос, который был бы передан сейчас. Ничего не передается.</translation>
    </message>
    <message>
        <source>Preview now: %1</source>
        <translation>Просмотреть: %1</translation>
    </message>
    <message>
        <source>The agreement for updates and followed links cannot be read: %1</source>
        <translation>Не удается прочитать соглашение об обновлениях и переходе по ссылкам: %1</translation>
    </message>
    <message>
        <source>You have not agreed to data provision for updates and followed links, so nothing of these two kinds is sent.</source>
        <translation>Вы не приняли соглашение о предоставлении данных для обновлений и перехода по ссылкам, поэтому данные этих двух видов не передаются.</translation>
    </message>
    <message>
        <source>You agreed to data provision for updates and followed links on %1.</source>
        <translation>Вы приняли соглашение о предоставлении данных для обновлений и перехода по ссылкам %1.</translation>
    </message>
    <message>
        <source>You withdrew your agreement to data provision for updates and followed links on %1, so nothing of these two kinds is sent.</source>
        <translation>Вы отозвали согласие с соглашением о предоставлении данных для обновлений и перехода по ссылкам %1, поэтому данные этих двух видов не передаются.</translation>
    </message>
    <message>
        <source>The consent cannot be read: %1</source>
        <translation>Не удается прочитать согласие: %1</translation>
    </message>
    <message>
        <source>Never given. Nothing of this kind has been sent: the console asks for your consent, showing the exact request, when you activate with a code.</source>
        <translation>Не давалось. Данные этого вида не передавались: при активации с помощью кода консоль запрашивает ваше согласие и показывает точный запрос.</translation>
    </message>
    <message>
        <source>Given on %1, to send this data and to re-send it periodically for license verification.</source>
        <translation>Дано %1 на передачу этих данных и их периодическую повторную передачу для проверки лицензии.</translation>
    </message>
    <message>
        <source>Withdrawn on %1 (given on %2). The periodic license check is stopped; nothing more is sent until you activate with a code again.</source>
        <translation>Отозвано %1 (дано %2). Периодическая проверка лицензии остановлена; ничего не будет передаваться, пока вы снова не активируете решение с помощью кода.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <source>Withdraw your consent to send activation data?

The periodic license check of the key activated with a code stops, so nothing more is sent for it. A key file works without sending anything; you can activate with one at any time.</source>
        <translation>Отозвать согласие на передачу данных активации?

Периодическая проверка лицензии для ключа, активированного с помощью кода, прекратится, и для него больше ничего не будет передаваться. Файл ключа работает без передачи данных; активировать решение с его помощью можно в любое время.</translation>
    </message>
    <message>
        <source>The consent was not withdrawn: %1</source>
        <translation>Согласие не отозвано: %1</translation>
    </message>
    <message>
        <source>There is no preview for this kind of transmission.</source>
        <translation>Для этого вида передачи просмотр недоступен.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>The request could not be built: %1</source>
        <translation>Не удалось сформировать запрос: %1</translation>
    </message>
    <message>
        <source>Sample: no key was activated with a code, so this preview uses the sample code %1 in place of a real one. Everything else is the data that would be sent now.</source>
        <translation>Пример: ни один ключ не активирован с помощью кода, поэтому в этом просмотре вместо настоящего кода используется пример кода %1. Все остальное — данные, которые были бы переданы сейчас.</translation>
    </message>
    <message>
        <source>Show the &amp;agreement…</source>
        <translation>Показать со&amp;глашение…</translation>
    </message>
    <message>
        <source>Read the vendor&apos;s statement on data provision, and agree or withdraw your agreement.</source>
        <translation>Прочитать заявление поставщика о предоставлении данных и принять соглашение или отозвать согласие.</translation>
    </message>
    <message>
        <source>Preview now…</source>
        <translation>Просмотреть…</translation>
    </message>
</context>
<context>
    <name>LightAgent::DatabaseBundle</name>
    <message>
        <source>The database bundle is larger than 64 KiB.</source>
        <translation>Размер пакета баз превышает 64 КБ.</translation>
    </message>
</context>
<context>
    <name>LightAgent::DatabaseStatus</name>
    <message>
        <source>No databases installed yet.</source>
        <translation>Базы еще не установлены.</translation>
    </message>
    <message>
        <source>Version %1, released %2, %3 records — %4</source>
        <translation>Версия %1, выпущены %2, записей: %3 — %4</translation>
    </message>
</context>
<context>
    <name>LightAgent::DisplayText</name>
    <message>
        <source>0 (today is the last valid day)</source>
        <comment>days left</comment>
        <translation>0 (сегодня последний день действия)</translation>
    </message>
    <message>
        <source>None (expired on %1)</source>
        <comment>days left</comment>
        <translation>Нет (истек %1)</translation>
    </message>
</context>
<context>
    <name>LightAgent::EnvelopePreview</name>
    <message>
        <source>Method:</source>
        <comment>HTTP method</comment>
        <translation>Метод:</translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>The full address a request goes to</extracomment>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <comment>HTTP headers</comment>
        <translation>Заголовки:</translation>
    </message>
    <message>
        <source>SHA-256 of the body:</source>
        <translation>SHA-256 тела запроса:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Коп&amp;ировать</translation>
    </message>
    <message>
        <source>Field</source>
        <extracomment>Column headers of the table of data to be sent</extracomment>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Fields that will be sent</source>
        <translation>Поля, которые будут переданы</translation>
    </message>
    <message>
        <source>Exact bytes that will be sent</source>
        <translation>Точные байты, которые будут переданы</translation>
    </message>
    <message>
        <source>&amp;Fields in words</source>
        <translation>&amp;Поля с описанием</translation>
    </message>
    <message>
        <source>E&amp;xact bytes</source>
        <translation>&amp;Точные байты</translation>
    </message>
    <message>
        <source>No request to show.</source>
        <translation>Нет запроса для отображения.</translation>
    </message>
    <message>
        <source>%1 — your web browser will open this address:</source>
        <translation>%1 — веб-браузер откроет этот адрес:</translation>
    </message>
    <message>
        <source>%1 — this exact request will be sent over an encrypted connection:</source>
        <translation>%1 — именно этот запрос будет передан по зашифрованному соединению:</translation>
    </message>
    <message>
        <source>None set by the console; the browser sends its usual headers.</source>
        <translation>Консоль не задает заголовков; браузер передает свои обычные заголовки.</translation>
    </message>
    <message>
        <source>The exact address, as the browser receives it.</source>
        <translation>Точный адрес в том виде, в каком его получает браузер.</translation>
    </message>
    <message>
        <source>Exact address that will be opened</source>
        <translation>Точный адрес, который будет открыт</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n byte(s).</source>
        <translation>
            <numerusform>Скопирован %n байт.</numerusform>
            <numerusform>Скопировано %n байта.</numerusform>
            <numerusform>Скопировано %n байт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the exact request</source>
        <translation>Сохранение точного запроса</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>HTTP requests (*.http);;All files (*)</source>
        <translation>HTTP-запросы (*.http);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The request could not be saved to %1: %2</source>
        <translation>Не удалось сохранить запрос в %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n byte(s).</source>
        <translation>
            <numerusform>Сохранен %n байт.</numerusform>
            <numerusform>Сохранено %n байта.</numerusform>
            <numerusform>Сохранено %n байт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Со&amp;хранить…</translation>
    </message>
    <message>
        <source>E&amp;xact address</source>
        <translation>&amp;Точный адрес</translation>
    </message>
    <message>
        <source>Besides these, the connection adds only Host, Content-Length and Connection, shown under Exact bytes.</source>
        <translation>Кроме них, соединение добавляет только заголовки Host, Content-Length и Connection, показанные на вкладке «Точные байты».</translation>
    </message>
    <message>
        <source>Exactly the bytes written to the encrypted connection, shown as UTF-8: the product&apos;s headers, plus the Host, Content-Length and Connection the connection adds; lines end with CR LF. Copy and Save give these bytes unchanged.</source>
        <translation>Ровно те байты, которые записываются в зашифрованное соединение, в виде UTF-8: заголовки продукта, а также добавляемые соединением Host, Content-Length и Connection; строки завершаются символами CR LF. Кнопки «Копировать» и «Сохранить» выдают эти байты без изменений.</translation>
    </message>
    <message>
        <source>One row for each field of the request body: its name, the value that will be sent and what it is.</source>
        <translation>По одной строке на каждое поле тела запроса: его имя, значение, которое будет передано, и что оно означает.</translation>
    </message>
    <message>
        <source>Route:</source>
        <extracomment>How the request reaches the service: directly or through a proxy</extracomment>
        <translation>Маршрут:</translation>
    </message>
    <message>
        <source>Exact request the proxy receives</source>
        <translation>Точный запрос, который получит прокси-сервер</translation>
    </message>
    <message>
        <source>Received by:</source>
        <extracomment>The host that receives the request, and what it is</extracomment>
        <translation>Получатель:</translation>
    </message>
</context>
<context>
    <name>LightAgent::EnvelopePreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <extracomment>Window title; %1 is the kind of transmission, e.g. &quot;Activation with a code&quot;</extracomment>
        <translation>Просмотр: %1</translation>
    </message>
    <message>
        <source>This is what would be sent now, built from the current data. Previewing sends nothing.</source>
        <translation>Это то, что было бы передано сейчас, сформированное из текущих данных. При просмотре ничего не передается.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpCatalog</name>
    <message>
        <source>About the license</source>
        <translation>О лицензии</translation>
    </message>
    <message>
        <source>About license keys</source>
        <translation>О лицензионных ключах</translation>
    </message>
    <message>
        <source>Activating the solution</source>
        <translation>Активация решения</translation>
    </message>
    <message>
        <source>About data provision</source>
        <translation>О предоставлении данных</translation>
    </message>
    <message>
        <source>About the subscription</source>
        <translation>О подписке</translation>
    </message>
    <message>
        <source>Replacing a key</source>
        <translation>Замена ключа</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Политика конфиденциальности</translation>
    </message>
    <message>
        <source>Help catalog entry %1</source>
        <extracomment>%1 is the position of the entry in the help catalog, counting from 1</extracomment>
        <translation>Запись %1 каталога справки</translation>
    </message>
    <message>
        <source>%1 needs a &quot;place&quot; and a &quot;link&quot; of lower-case letters, digits and underscores.</source>
        <translation>%1: поля «place» и «link» должны состоять из строчных латинских букв, цифр и знаков подчеркивания.</translation>
    </message>
    <message>
        <source>%1 (%2) has no title.</source>
        <translation>%1 (%2): нет заголовка.</translation>
    </message>
    <message>
        <source>%1 (%2) names an unknown target &quot;%3&quot;.</source>
        <translation>%1 (%2): неизвестная цель «%3».</translation>
    </message>
    <message>
        <source>%1 (%2) needs a &quot;pageId&quot; of digits.</source>
        <translation>%1 (%2): поле «pageId» должно состоять из цифр.</translation>
    </message>
    <message>
        <source>Cannot read the help catalog %1: %2</source>
        <translation>Не удается прочитать каталог справки %1: %2</translation>
    </message>
    <message>
        <source>The help catalog is not valid JSON: %1</source>
        <translation>Каталог справки не является корректным JSON: %1</translation>
    </message>
    <message>
        <source>The help catalog&apos;s format is not &quot;%1&quot;.</source>
        <translation>Формат каталога справки отличается от «%1».</translation>
    </message>
    <message>
        <source>The help catalog lists the place &quot;%1&quot; twice.</source>
        <translation>В каталоге справки место «%1» указано дважды.</translation>
    </message>
    <message>
        <source>The help catalog lists no pages.</source>
        <translation>В каталоге справки нет ни одной страницы.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpLinkBuilder</name>
    <message>
        <source>There is no help for &quot;%1&quot;. Places with help: %2.</source>
        <translation>Для «%1» справки нет. Места, для которых есть справка: %2.</translation>
    </message>
    <message>
        <source>The vendor profile names no privacy policy.</source>
        <translation>В профиле поставщика не указана политика конфиденциальности.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpLinkButton</name>
    <message>
        <source>Help</source>
        <extracomment>A button that opens the online help of the page it is on</extracomment>
        <translation>Справка</translation>
    </message>
    <message>
        <source>%1
Opens %2</source>
        <extracomment>Tooltip of a help button: %1 the help topic, %2 the exact address it opens</extracomment>
        <translation>%1
Открывает %2</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <extracomment>Accessible name of a help button; %1 is the help topic</extracomment>
        <translation>Справка: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpLinkPreviewDialog</name>
    <message>
        <source>Open help link</source>
        <translation>Открытие ссылки на справку</translation>
    </message>
    <message>
        <source>Open &quot;%1&quot; in your web browser?</source>
        <extracomment>%1 is the title of a help topic, e.g. &quot;About data provision&quot;</extracomment>
        <translation>Открыть «%1» в веб-браузере?</translation>
    </message>
    <message>
        <source>Opening this link sends exactly what is shown below to %1, and the visit is recorded in the journal.</source>
        <extracomment>%1 is the host that receives the link, with what it is, e.g. &quot;click.kaspersky.com (the help redirector: a public site of a real vendor, not of Demo vendor)&quot;</extracomment>
        <translation>При открытии этой ссылки на %1 передается ровно то, что показано ниже, а переход записывается в журнал.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Address of the link</source>
        <translation>Адрес ссылки</translation>
    </message>
    <message>
        <source>&amp;Data in the address:</source>
        <translation>&amp;Данные в адресе:</translation>
    </message>
    <message>
        <source>Data in the address</source>
        <translation>Данные в адресе</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>This address carries no data about this installation. Like any web page, the site sees your computer&apos;s network address when it is opened.</source>
        <translation>Этот адрес не содержит данных об этой установке. Как и любая веб-страница, при открытии сайт видит сетевой адрес вашего компьютера.</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t show this preview again</source>
        <translation>&amp;Больше не показывать предварительный просмотр</translation>
    </message>
    <message>
        <source>Links will then open at once, and are still recorded in the journal. Turn the preview back on with Help ▸ Preview help links before opening.</source>
        <extracomment>&quot;Help ▸ Preview help links before opening&quot; names the menu and its item</extracomment>
        <translation>Тогда ссылки будут открываться сразу и по-прежнему записываться в журнал. Снова включить просмотр можно в меню Справка ▸ Просматривать ссылки на справку перед открытием.</translation>
    </message>
    <message>
        <source>&amp;Open link</source>
        <translation>&amp;Открыть ссылку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpMenu</name>
    <message>
        <source>Online help</source>
        <translation>Онлайн-справка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Online &amp;help</source>
        <translation>Онлайн-&amp;справка</translation>
    </message>
    <message>
        <source>About &amp;data provision</source>
        <translation>О &amp;предоставлении данных</translation>
    </message>
    <message>
        <source>&amp;Privacy policy</source>
        <translation>Политика &amp;конфиденциальности</translation>
    </message>
    <message>
        <source>Pre&amp;view help links before opening</source>
        <translation>Прос&amp;матривать ссылки на справку перед открытием</translation>
    </message>
    <message>
        <source>Show the address of a help link and the data it carries before it is opened.</source>
        <translation>Показывать адрес ссылки на справку и передаваемые в ней данные перед ее открытием.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HelpOpener</name>
    <message>
        <source>Online help</source>
        <extracomment>Title of message boxes about following a help link</extracomment>
        <translation>Онлайн-справка</translation>
    </message>
    <message>
        <source>Online help links send data to the vendor&apos;s help site: the interface language, the name of the link, the type and version of the solution and the ID of the help page.

The console sends them only under the data provision agreement, which also covers database updates. You can read the vendor&apos;s statement, and withdraw the agreement at any time, on the Data provision page.

Do you accept the data provision agreement?</source>
        <translation>Ссылки на онлайн-справку передают данные на сайт справки поставщика: язык интерфейса, имя ссылки, тип и версию решения и идентификатор страницы справки.

Консоль передает их только при наличии согласия на предоставление данных, которое распространяется и на обновление баз. Прочитать заявление поставщика и в любой момент отозвать согласие можно на странице «Предоставление данных».

Вы принимаете соглашение о предоставлении данных?</translation>
    </message>
    <message>
        <source>The agreement was not recorded, so nothing was sent: %1</source>
        <translation>Согласие не сохранено, поэтому ничего не передано: %1</translation>
    </message>
    <message>
        <source>The link was not opened, because the transmission journal could not record it: %1</source>
        <translation>Ссылка не открыта, так как журнал передачи данных не смог ее записать: %1</translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation>Ни один веб-браузер не смог открыть ссылку.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HttpResponseParser</name>
    <message>
        <source>The service closed the connection before the whole answer arrived.</source>
        <translation>Служба закрыла соединение до получения полного ответа.</translation>
    </message>
    <message>
        <source>The service&apos;s answer has an oversized HTTP header.</source>
        <translation>Ответ службы содержит слишком большой заголовок HTTP.</translation>
    </message>
    <message>
        <source>The service did not answer with HTTP/1.1.</source>
        <translation>Служба ответила не по протоколу HTTP/1.1.</translation>
    </message>
    <message>
        <source>The service&apos;s answer has a malformed header line.</source>
        <translation>Ответ службы содержит некорректную строку заголовка.</translation>
    </message>
    <message>
        <source>The service&apos;s answer has an invalid length.</source>
        <translation>Ответ службы имеет недопустимую длину.</translation>
    </message>
    <message>
        <source>The service&apos;s answer is larger than %1 bytes; it was not read.</source>
        <translation>Размер ответа службы превышает %1 байт; ответ не прочитан.</translation>
    </message>
    <message>
        <source>The service&apos;s answer has a malformed chunk.</source>
        <translation>Ответ службы содержит некорректный фрагмент (chunk).</translation>
    </message>
    <message>
        <source>The service&apos;s answer has oversized trailers.</source>
        <translation>Ответ службы содержит слишком большие завершающие заголовки (trailers).</translation>
    </message>
    <message>
        <source>The service&apos;s answer states two different lengths (Content-Length %1 and %2); it was not read.</source>
        <translation>В ответе службы указаны две разные длины (Content-Length %1 и %2); он не был прочитан.</translation>
    </message>
</context>
<context>
    <name>LightAgent::HttpsClient</name>
    <message>
        <source>Only https:// addresses are allowed; %1 was refused and nothing was sent.</source>
        <translation>Допускаются только адреса https://; адрес %1 отклонен, ничего не передано.</translation>
    </message>
    <message>
        <source>Cancelled. The request may already have reached the service.</source>
        <translation>Отменено. Возможно, запрос уже дошел до службы.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Отменено до начала передачи.</translation>
    </message>
    <message>
        <source>The service&apos;s public key does not match any key pinned in the vendor profile. Nothing was sent.</source>
        <translation>Открытый ключ службы не совпадает ни с одним ключом, закрепленным в профиле поставщика. Ничего не передано.</translation>
    </message>
    <message>
        <source>The service redirected the request to %1; redirects are not followed, so nothing more was sent.</source>
        <translation>Служба перенаправила запрос на %1; перенаправления не выполняются, поэтому больше ничего не передано.</translation>
    </message>
    <message>
        <source>The service at %1 closed the connection during the secure handshake. Nothing was sent.</source>
        <translation>Служба по адресу %1 закрыла соединение во время установления защищенного соединения. Ничего не передано.</translation>
    </message>
    <message>
        <source>The service&apos;s name %1 could not be resolved. Check the DNS settings or the vendor profile.</source>
        <translation>Не удалось разрешить имя службы %1. Проверьте параметры DNS или профиль поставщика.</translation>
    </message>
    <message>
        <source>The service at %1 refused the connection; it may be down or blocked by a firewall.</source>
        <translation>Служба по адресу %1 отклонила соединение; возможно, она не работает или заблокирована сетевым экраном.</translation>
    </message>
    <message>
        <source>No secure connection could be agreed with %1 (TLS 1.2 or later is required). Nothing was sent.</source>
        <translation>Не удалось согласовать защищенное соединение с %1 (требуется TLS 1.2 или более поздней версии). Ничего не передано.</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection: %1</source>
        <translation>Прокси-сервер отклонил соединение или произошла ошибка: %1</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Ошибка соединения с %1: %2</translation>
    </message>
    <message>
        <source>No secure connection to %1 within %2 seconds. Nothing was sent.</source>
        <translation>Не удалось установить защищенное соединение с %1 за %2 с. Ничего не передано.</translation>
    </message>
    <message>
        <source>The service did not answer completely within %1 seconds.</source>
        <translation>Служба не прислала полный ответ за %1 с.</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalAnchor</name>
    <message>
        <source>&quot;%1&quot; is not a journal head. A head is the entry number, a colon and the entry&apos;s 64-digit hash, as &apos;lightagent-ctl journal head&apos; prints it.</source>
        <translation>«%1» — не вершина журнала. Вершина — это номер записи, двоеточие и 64-значный хеш записи, как их выводит &apos;lightagent-ctl journal head&apos;.</translation>
    </message>
    <message>
        <source>The head of an empty journal is 0 with 64 zeros; &quot;%1&quot; is not.</source>
        <translation>Вершина пустого журнала — 0 и 64 нуля; «%1» — нет.</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalEntryView</name>
    <message>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <extracomment>The kind of transmission</extracomment>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Метод:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Заголовки:</translation>
    </message>
    <message>
        <source>Body size:</source>
        <translation>Размер тела:</translation>
    </message>
    <message>
        <source>SHA-256 of the bytes sent:</source>
        <translation>SHA-256 переданных байтов:</translation>
    </message>
    <message>
        <source>Stored copy:</source>
        <translation>Сохраненная копия:</translation>
    </message>
    <message>
        <source>Request:</source>
        <extracomment>The journal entry of the request that a result belongs to</extracomment>
        <translation>Запрос:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>HTTP status:</source>
        <translation>Статус HTTP:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Ошибка:</translation>
    </message>
    <message>
        <source>SHA-256 received:</source>
        <translation>Полученный SHA-256:</translation>
    </message>
    <message>
        <source>Digest check:</source>
        <translation>Проверка хеша:</translation>
    </message>
    <message>
        <source>Previous hash:</source>
        <translation>Предыдущий хеш:</translation>
    </message>
    <message>
        <source>Entry hash:</source>
        <translation>Хеш записи:</translation>
    </message>
    <message>
        <source>The SHA-256 of the body bytes as the licensing service says it received them.</source>
        <translation>SHA-256 байтов тела запроса, которые, по сообщению службы лицензирования, она получила.</translation>
    </message>
    <message>
        <source>SHA-256 over the previous entry&apos;s hash and this entry&apos;s fields: changing anything in an entry breaks the chain.</source>
        <translation>SHA-256 от хеша предыдущей записи и полей этой записи: любое изменение записи нарушает цепочку.</translation>
    </message>
    <message>
        <source>Select an entry to see exactly what was sent.</source>
        <translation>Выберите запись, чтобы увидеть, что именно было передано.</translation>
    </message>
    <message>
        <source>&amp;Indent for reading</source>
        <translation>Отст&amp;упы для чтения</translation>
    </message>
    <message>
        <source>Shows the JSON body indented. The bytes sent and stored are compact; the SHA-256 is of those.</source>
        <translation>Показывает тело JSON с отступами. Переданные и сохраненные байты записаны компактно; SHA-256 вычислен именно от них.</translation>
    </message>
    <message>
        <source>Body as stored</source>
        <translation>Тело в сохраненном виде</translation>
    </message>
    <message>
        <source>No body: the data travels in the URL.</source>
        <translation>Тела нет: данные передаются в URL.</translation>
    </message>
    <message>
        <source>%1 (UTC: %2)</source>
        <translation>%1 (UTC: %2)</translation>
    </message>
    <message>
        <source>Entry #%1: request</source>
        <extracomment>Details title; %1 is the entry number</extracomment>
        <translation>Запись #%1: запрос</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s) sent</source>
        <translation>
            <numerusform>передан %Ln байт</numerusform>
            <numerusform>передано %Ln байта</numerusform>
            <numerusform>передано %Ln байт</numerusform>
        </translation>
    </message>
    <message>
        <source>Identical to the bytes sent.</source>
        <translation>Совпадает с переданными байтами.</translation>
    </message>
    <message>
        <source>The secret fields are masked, so the stored copy&apos;s own SHA-256 differs: %1</source>
        <translation>Секретные поля замаскированы, поэтому SHA-256 самой сохраненной копии отличается: %1</translation>
    </message>
    <message>
        <source>Entry #%1: result of #%2</source>
        <extracomment>Details title; %1 is the entry number, %2 the number of its request</extracomment>
        <translation>Запись #%1: результат #%2</translation>
    </message>
    <message>
        <source>Show request #%1</source>
        <translation>Показать запрос #%1</translation>
    </message>
    <message>
        <source>None: no HTTP answer arrived.</source>
        <translation>Нет: HTTP-ответ не получен.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not reported by the service.</source>
        <translation>Служба не сообщила.</translation>
    </message>
    <message>
        <source>Body as stored, in base64 (it is not text):</source>
        <translation>Тело в сохраненном виде, в base64 (это не текст):</translation>
    </message>
    <message>
        <source>Body as stored, indented for reading (the bytes themselves are compact), secret fields masked:</source>
        <translation>Тело в сохраненном виде, с отступами для чтения (сами байты записаны компактно), секретные поля замаскированы:</translation>
    </message>
    <message>
        <source>Body exactly as stored: the bytes sent, with secret fields masked:</source>
        <translation>Тело точно в сохраненном виде: переданные байты, секретные поля замаскированы:</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <extracomment>Details tab: the request body as stored</extracomment>
        <translation>&amp;Тело</translation>
    </message>
    <message>
        <source>SHA-256 of the bytes sent: %1</source>
        <extracomment>%1 is the SHA-256 of the exact bytes sent, in hex</extracomment>
        <translation>SHA-256 переданных байтов: %1</translation>
    </message>
    <message>
        <source>Fiel&amp;ds</source>
        <extracomment>Details tab: every field of the journal entry</extracomment>
        <translation>Пол&amp;я</translation>
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
            <numerusform>SHA-256 переданного %n байта:</numerusform>
            <numerusform>SHA-256 переданных %n байтов:</numerusform>
            <numerusform>SHA-256 переданных %n байтов:</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 of the bytes the service says it received:</source>
        <translation>SHA-256 байтов, которые, по сообщению службы, она получила:</translation>
    </message>
    <message>
        <source>The entry&apos;s number in the journal</source>
        <translation>Номер записи в журнале</translation>
    </message>
    <message>
        <source>For a request, the SHA-256 of the exact bytes sent; for a result, the SHA-256 the service says it received</source>
        <translation>Для запроса — SHA-256 точных переданных байтов; для результата — SHA-256 полученных байтов по сообщению службы</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Journal column: the entry number</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Journal column: the kind of transmission</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Journal column: the request&apos;s method and URL, or the result&apos;s outcome</extracomment>
        <translation>Что</translation>
    </message>
    <message>
        <source>Body SHA-256</source>
        <translation>SHA-256 тела</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalPage</name>
    <message>
        <source>Part of the journal could not be read: %1</source>
        <translation>Не удалось прочитать часть журнала: %1</translation>
    </message>
    <message>
        <source>Transmission journal</source>
        <extracomment>Page title: the record of everything that was sent</extracomment>
        <translation>Журнал передачи данных</translation>
    </message>
    <message>
        <source>Every transmission this installation made, or was asked to make and declined: the request is recorded before it is sent and its result after. Each entry is chained to the one before by a SHA-256 hash, so a changed or removed entry shows when you verify the journal.</source>
        <translation>Все передачи, выполненные этой установкой или запрошенные и отклоненные: запрос записывается перед передачей, а его результат — после. Каждая запись связана с предыдущей хешем SHA-256, поэтому измененная или удаленная запись обнаруживается при проверке журнала.</translation>
    </message>
    <message>
        <source>Nothing has been sent from this installation yet. Activation with a key file sends nothing.</source>
        <translation>С этой установки пока ничего не передавалось. При активации с помощью файла ключа ничего не передается.</translation>
    </message>
    <message>
        <source>Check every entry&apos;s hash and the chain that links them.</source>
        <translation>Проверить хеш каждой записи и связывающую их цепочку.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the journal as JSON Lines: one entry per line, with its hashes, so that anyone can check the chain.</source>
        <translation>Сохранить журнал в формате JSON Lines: по одной записи в строке, с ее хешами, чтобы любой мог проверить цепочку.</translation>
    </message>
    <message>
        <source>Read the journal again.</source>
        <translation>Заново прочитать журнал.</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Записи журнала</translation>
    </message>
    <message>
        <source>Journal check</source>
        <translation>Проверка журнала</translation>
    </message>
    <message>
        <source>Number of journal entries</source>
        <translation>Количество записей журнала</translation>
    </message>
    <message>
        <source>Journal activity</source>
        <translation>Выполнение операции с журналом</translation>
    </message>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Не удалось прочитать журнал: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <extracomment>Journal page: how many entries (requests and results) the journal holds</extracomment>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>Проверка всех записей…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Экспорт журнала</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The journal was not exported: %1</source>
        <translation>Журнал не экспортирован: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries were exported to %1.

Each line is one entry as a JSON object with the hashes that chain it to the line before, so that anyone can check it.</source>
        <translation>
            <numerusform>%Ln запись экспортирована в %1.

Каждая строка — одна запись в виде объекта JSON с хешами, связывающими ее с предыдущей строкой, чтобы любой мог ее проверить.</numerusform>
            <numerusform>%Ln записи экспортированы в %1.

Каждая строка — одна запись в виде объекта JSON с хешами, связывающими ее с предыдущей строкой, чтобы любой мог ее проверить.</numerusform>
            <numerusform>%Ln записей экспортировано в %1.

Каждая строка — одна запись в виде объекта JSON с хешами, связывающими ее с предыдущей строкой, чтобы любой мог ее проверить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ve&amp;rify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>The journal could not be checked at %1: %2</source>
        <extracomment>%1 is when the check was made, %2 why it failed</extracomment>
        <translation>Не удалось проверить журнал (%1): %2</translation>
    </message>
    <message>
        <source>Checked at %1: %2</source>
        <extracomment>%1 is when the check was made, %2 the problem it found</extracomment>
        <translation>Проверка (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %Ln entries checked at %1.</source>
        <extracomment>%1 is when the check was made</extracomment>
        <translation>
            <numerusform>Журнал не поврежден: проверена %Ln запись (%1).</numerusform>
            <numerusform>Журнал не поврежден: проверены %Ln записи (%1).</numerusform>
            <numerusform>Журнал не поврежден: проверено %Ln записей (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln entries at %1: they were intact.</source>
        <extracomment>%1 is when the check was made</extracomment>
        <translation>
            <numerusform>Проверена %Ln запись (%1): она была не повреждена.</numerusform>
            <numerusform>Проверены %Ln записи (%1): они были не повреждены.</numerusform>
            <numerusform>Проверено %Ln записей (%1): они были не повреждены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries added since — verify again.</source>
        <translation>
            <numerusform>С тех пор добавлена %Ln запись — проверьте журнал снова.</numerusform>
            <numerusform>С тех пор добавлены %Ln записи — проверьте журнал снова.</numerusform>
            <numerusform>С тех пор добавлено %Ln записей — проверьте журнал снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal has changed since — verify again.</source>
        <translation>С тех пор журнал изменился — проверьте его снова.</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalText</name>
    <message>
        <source>sent — HTTP %1</source>
        <comment>journal outcome</comment>
        <translation>передано — HTTP %1</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>journal outcome</comment>
        <translation>передано</translation>
    </message>
    <message>
        <source>, digest confirmed</source>
        <comment>journal outcome</comment>
        <translation>, хеш подтвержден</translation>
    </message>
    <message>
        <source>, the service received different bytes</source>
        <comment>journal outcome</comment>
        <translation>, служба получила другие байты</translation>
    </message>
    <message>
        <source>failed — HTTP %1: %2</source>
        <comment>journal outcome</comment>
        <extracomment>Journal outcome; %1 the HTTP status code, %2 what went wrong</extracomment>
        <translation>ошибка — HTTP %1: %2</translation>
    </message>
    <message>
        <source>failed — %1</source>
        <comment>journal outcome</comment>
        <extracomment>Journal outcome; %1 what went wrong</extracomment>
        <translation>ошибка — %1</translation>
    </message>
    <message>
        <source>Result of #%1</source>
        <extracomment>Journal table: a result entry; %1 is the number of its request entry</extracomment>
        <translation>Результат #%1</translation>
    </message>
    <message>
        <source>declined — nothing was sent</source>
        <comment>journal outcome</comment>
        <translation>отклонено — ничего не передано</translation>
    </message>
    <message>
        <source>cancelled — stopped before an answer arrived</source>
        <comment>journal outcome</comment>
        <translation>отменено — остановлено до получения ответа</translation>
    </message>
    <message>
        <source>Matches: the service received exactly the bytes that were sent.</source>
        <translation>Совпадает: служба получила именно те байты, которые были переданы.</translation>
    </message>
    <message>
        <source>Does not match: the service received different bytes than the ones that were sent and shown.</source>
        <translation>Не совпадает: служба получила не те байты, которые были переданы и показаны.</translation>
    </message>
    <message>
        <source>Not checked: the service did not report a digest.</source>
        <translation>Не проверено: служба не сообщила хеш.</translation>
    </message>
    <message>
        <source>failed — HTTP %1</source>
        <comment>journal outcome</comment>
        <translation>ошибка — HTTP %1</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>journal outcome</comment>
        <translation>ошибка</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournalVerifier</name>
    <message>
        <source>Entry %1 was changed after it was written (its hash does not match its content).</source>
        <translation>Запись %1 изменена после создания (ее хеш не соответствует содержимому).</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the journal starts at entry %2.</source>
        <translation>Запись %1 отсутствует: журнал начинается с записи %2.</translation>
    </message>
    <message>
        <source>Entries %1–%2 are missing: the journal starts at entry %3.</source>
        <translation>Записи %1–%2 отсутствуют: журнал начинается с записи %3.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: entry %2 follows entry %3.</source>
        <translation>Запись %1 отсутствует: за записью %3 следует запись %2.</translation>
    </message>
    <message>
        <source>Entries %1–%2 are missing: entry %3 follows entry %4.</source>
        <translation>Записи %1–%2 отсутствуют: за записью %4 следует запись %3.</translation>
    </message>
    <message>
        <source>Entry %1 is out of order (it was written right after entry %2, which now comes after it).</source>
        <translation>Запись %1 нарушает порядок (она была сделана сразу после записи %2, которая теперь следует за ней).</translation>
    </message>
    <message>
        <source>Entry %1 does not continue the chain (its previous hash is not the start of the chain).</source>
        <translation>Запись %1 не продолжает цепочку (ее предыдущий хеш не является началом цепочки).</translation>
    </message>
    <message>
        <source>Entry %1 does not continue the chain (its previous hash is not entry %2&apos;s hash).</source>
        <translation>Запись %1 не продолжает цепочку (ее предыдущий хеш не совпадает с хешем записи %2).</translation>
    </message>
    <message>
        <source>The journal&apos;s head record was removed, so removed last entries cannot be detected.</source>
        <translation>Головная запись журнала удалена, поэтому удаление последних записей невозможно обнаружить.</translation>
    </message>
    <message>
        <source>The journal&apos;s head was changed: it records a last hash, but the journal is empty.</source>
        <translation>Головная запись журнала изменена: в ней указан последний хеш, но журнал пуст.</translation>
    </message>
    <message>
        <source>Entry %1 was replaced after it was written (the journal&apos;s head records another hash for it).</source>
        <translation>Запись %1 заменена после создания (в головной записи журнала для нее указан другой хеш).</translation>
    </message>
    <message>
        <source>The journal&apos;s head was changed: it counts %1 entries, but the journal holds %2.</source>
        <translation>Головная запись журнала изменена: в ней указано записей: %1, а в журнале их %2.</translation>
    </message>
    <message>
        <source>The journal is empty, but entry %1 was written: entry %1 was removed.</source>
        <translation>Журнал пуст, но запись %1 была сделана: запись %1 удалена.</translation>
    </message>
    <message>
        <source>The journal is empty, but entry %1 was written: entries %2–%1 were removed.</source>
        <translation>Журнал пуст, но запись %1 была сделана: записи %2–%1 удалены.</translation>
    </message>
    <message>
        <source>The journal ends at entry %1, but entry %2 was written: entry %2 was removed.</source>
        <translation>Журнал заканчивается записью %1, но запись %2 была сделана: запись %2 удалена.</translation>
    </message>
    <message>
        <source>The journal ends at entry %1, but entry %2 was written: entries %3–%2 were removed.</source>
        <translation>Журнал заканчивается записью %1, но запись %2 была сделана: записи %3–%2 удалены.</translation>
    </message>
    <message>
        <source>Entry %1 was not written by the console: the journal&apos;s head ends at entry %2.</source>
        <translation>Запись %1 сделана не консолью: согласно головной записи, журнал заканчивается записью %2.</translation>
    </message>
    <message>
        <source>Entries %1–%2 were not written by the console: the journal&apos;s head ends at entry %3.</source>
        <translation>Записи %1–%2 сделаны не консолью: согласно головной записи, журнал заканчивается записью %3.</translation>
    </message>
</context>
<context>
    <name>LightAgent::JournaledExchange</name>
    <message>
        <source>Nothing was sent, because the transmission journal could not record it: %1</source>
        <translation>Ничего не передано, так как журнал передачи данных не смог записать запрос: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyCard</name>
    <message>
        <source>Active key</source>
        <translation>Активный ключ</translation>
    </message>
    <message>
        <source>Reserve key</source>
        <translation>Резервный ключ</translation>
    </message>
    <message>
        <source>Serial:</source>
        <extracomment>The key&apos;s serial number</extracomment>
        <translation>Серийный номер:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Редакция:</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>license type</comment>
        <extracomment>License type: commercial, trial, subscription…</extracomment>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <comment>what is licensed</comment>
        <extracomment>What the key licenses, e.g. &quot;100 cores&quot;</extracomment>
        <translation>Лицензировано:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Срок действия:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Осталось дней:</translation>
    </message>
    <message>
        <source>Licensee:</source>
        <translation>Владелец лицензии:</translation>
    </message>
    <message>
        <source>Source:</source>
        <comment>origin of the key</comment>
        <extracomment>Where the key came from: a key file or an activation code</extracomment>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Blocked since:</source>
        <translation>Заблокирован с:</translation>
    </message>
    <message>
        <source>Other fields (not used):</source>
        <translation>Прочие поля (не используются):</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <comment>active key</comment>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Remove the active key</source>
        <translation>Удалить активный ключ</translation>
    </message>
    <message>
        <source>Remove the reserve key</source>
        <translation>Удалить резервный ключ</translation>
    </message>
    <message>
        <source>No active key</source>
        <translation>Нет активного ключа</translation>
    </message>
    <message>
        <source>No reserve key</source>
        <translation>Нет резервного ключа</translation>
    </message>
    <message>
        <source>Add a&amp;ctive key…</source>
        <translation>Добавить акт&amp;ивный ключ…</translation>
    </message>
    <message>
        <source>Add r&amp;eserve key…</source>
        <translation>Добавить р&amp;езервный ключ…</translation>
    </message>
    <message>
        <source>Add a key file to activate the solution. Verifying a key file sends nothing.</source>
        <translation>Добавьте файл ключа, чтобы активировать решение. При проверке файла ключа ничего не передается.</translation>
    </message>
    <message>
        <source>A reserve key takes over automatically when the active key expires, so protection continues without a gap.</source>
        <translation>Когда срок действия активного ключа истекает, резервный ключ автоматически становится активным, и защита продолжается без перерыва.</translation>
    </message>
    <message>
        <source>A reserve key can be added once there is an active key.</source>
        <translation>Резервный ключ можно добавить, когда есть активный ключ.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>validity period</comment>
        <extracomment>Validity period of a key: &quot;from DATE to DATE&quot;</extracomment>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Key file, added on %1</source>
        <translation>Файл ключа, добавлен %1</translation>
    </message>
    <message>
        <source>Activation code %1, added on %2</source>
        <translation>Код активации %1, добавлен %2</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <comment>reserve key</comment>
        <translation>Уд&amp;алить…</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyChangeTraffic</name>
    <message>
        <source>Adding it sends nothing to anyone.</source>
        <translation>При его добавлении никому ничего не передается.</translation>
    </message>
    <message>
        <source>Adding it sends nothing to anyone; scheduled database updates go on as before.</source>
        <translation>При его добавлении никому ничего не передается; обновление баз по расписанию продолжается как прежде.</translation>
    </message>
    <message>
        <source>Adding it sends nothing itself, but it lets the scheduled database update run, which is due now: under the data-provision agreement of %1, that update sends its request, with the active key&apos;s serial, to %2.</source>
        <extracomment>%1 the date the data-provision agreement was accepted, %2 the receiving host</extracomment>
        <translation>Само добавление ничего не передает, но оно позволяет запуститься обновлению баз по расписанию, срок которого уже наступил: в рамках соглашения о предоставлении данных от %1 это обновление передает свой запрос с серийным номером активного ключа на узел %2.</translation>
    </message>
    <message>
        <source>Adding it sends nothing itself; under the data-provision agreement of %1, the next scheduled database update sends its request, with the active key&apos;s serial, to %2 at %3.</source>
        <extracomment>%1 the date the agreement was accepted, %2 the receiving host, %3 when the update runs</extracomment>
        <translation>Само добавление ничего не передает; в рамках соглашения о предоставлении данных от %1 следующее обновление баз по расписанию передаст свой запрос с серийным номером активного ключа на узел %2 в %3.</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyFile</name>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Не удается прочитать файл ключа %1: %2</translation>
    </message>
    <message>
        <source>The file is larger than 64 KiB; a key file is much smaller, so this is not a key file.</source>
        <translation>Размер файла превышает 64 КБ; файл ключа намного меньше, поэтому это не файл ключа.</translation>
    </message>
    <message>
        <source>The key file has the format &quot;%1&quot;; this console reads &quot;%2&quot;.</source>
        <translation>Файл ключа имеет формат «%1»; эта консоль читает «%2».</translation>
    </message>
    <message>
        <source>The key file was signed by &quot;%1&quot;, which the vendor profile does not trust.</source>
        <translation>Файл ключа подписан ключом «%1», которому профиль поставщика не доверяет.</translation>
    </message>
    <message>
        <source>The key file&apos;s signature is %1 bytes long instead of 64: it was cut short or damaged.</source>
        <translation>Длина подписи файла ключа в байтах: %1 вместо 64 — файл обрезан или поврежден.</translation>
    </message>
    <message>
        <source>The key file&apos;s signature does not match the vendor&apos;s key: the file was changed after it was issued.</source>
        <translation>Подпись файла ключа не соответствует ключу поставщика: файл был изменен после выдачи.</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyInspectionDialog</name>
    <message>
        <source>&amp;Add key</source>
        <translation>&amp;Добавить ключ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Inspect key file</source>
        <translation>Проверка файла ключа</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The key was not added: %1</source>
        <translation>Ключ не добавлен: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyInspectionView</name>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>This key file cannot be used.</source>
        <translation>Этот файл ключа нельзя использовать.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>What the key file holds</source>
        <translation>Содержимое файла ключа</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <extracomment>The signing key named in the key file, e.g. &quot;demo-2026 — signature verified&quot;</extracomment>
        <translation>Подписан:</translation>
    </message>
    <message>
        <source>%1 — signature verified</source>
        <translation>%1 — подпись проверена</translation>
    </message>
    <message>
        <source>Serial:</source>
        <extracomment>The key&apos;s serial number</extracomment>
        <translation>Серийный номер:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Редакция:</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>license type</comment>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <comment>what is licensed</comment>
        <translation>Лицензировано:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <extracomment>Validity period of a key: &quot;from DATE to DATE&quot;</extracomment>
        <translation>Срок действия:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>validity period</comment>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Осталось дней:</translation>
    </message>
    <message>
        <source>Grace period:</source>
        <extracomment>Grace period of a subscription key: &quot;until DATE&quot;, or &quot;None&quot;</extracomment>
        <translation>Льготный период:</translation>
    </message>
    <message>
        <source>Until %1</source>
        <comment>grace period</comment>
        <translation>До %1</translation>
    </message>
    <message>
        <source>None</source>
        <comment>grace period</comment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Licensee:</source>
        <translation>Владелец лицензии:</translation>
    </message>
    <message>
        <source>Other fields (not used):</source>
        <translation>Прочие поля (не используются):</translation>
    </message>
    <message>
        <source>File SHA-256:</source>
        <translation>SHA-256 файла:</translation>
    </message>
    <message>
        <source>Add as</source>
        <translation>Добавить как</translation>
    </message>
    <message>
        <source>A&amp;ctive key</source>
        <translation>&amp;Активный ключ</translation>
    </message>
    <message>
        <source>&amp;Reserve key</source>
        <translation>&amp;Резервный ключ</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Что изменится</translation>
    </message>
    <message>
        <source>Choose a key file that can be added first.</source>
        <translation>Сначала выберите файл ключа, который можно добавить.</translation>
    </message>
    <message>
        <source>Not possible. %1</source>
        <extracomment>Why a key cannot go to this slot; %1 is the vendor rule&apos;s message</extracomment>
        <translation>Невозможно. %1</translation>
    </message>
    <message>
        <source>This key can be added neither as the active key nor as the reserve key; the reason is given under each.</source>
        <translation>Этот ключ нельзя добавить ни как активный, ни как резервный; причина указана под каждым вариантом.</translation>
    </message>
    <message>
        <source>The key file was verified on this computer.</source>
        <translation>Файл ключа проверен на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyRules</name>
    <message>
        <source>The key expired on %1; an expired key cannot be added.</source>
        <translation>Срок действия ключа истек %1; ключ с истекшим сроком действия нельзя добавить.</translation>
    </message>
    <message>
        <source>The key %1 has already been added.</source>
        <translation>Ключ %1 уже добавлен.</translation>
    </message>
    <message>
        <source>The key becomes valid only on %1. Add it as the reserve key, or add it as the active key on that day.</source>
        <translation>Ключ начинает действовать только %1. Добавьте его как резервный ключ или добавьте как активный ключ в этот день.</translation>
    </message>
    <message>
        <source>A trial key cannot replace a commercial key.</source>
        <translation>Пробный ключ не может заменить коммерческий ключ.</translation>
    </message>
    <message>
        <source>The reserve key licenses %1, this key %2. Remove the reserve key first: a reserve key must license the same unit as the active key.</source>
        <translation>Резервный ключ лицензирует: %1; этот ключ: %2. Сначала удалите резервный ключ: резервный ключ должен лицензировать ту же единицу, что и активный ключ.</translation>
    </message>
    <message>
        <source>A reserve key can only be added beside an active key. Add this key as the active key.</source>
        <translation>Резервный ключ можно добавить только при наличии активного ключа. Добавьте этот ключ как активный ключ.</translation>
    </message>
    <message>
        <source>The active key licenses %1, this key %2. A reserve key must license the same unit as the active key.</source>
        <translation>Активный ключ лицензирует: %1; этот ключ: %2. Резервный ключ должен лицензировать ту же единицу, что и активный ключ.</translation>
    </message>
    <message>
        <source>The key %1 becomes the active key.</source>
        <translation>Ключ %1 станет активным ключом.</translation>
    </message>
    <message>
        <source>The key %1 becomes the reserve key; it takes over when the active key expires.</source>
        <translation>Ключ %1 станет резервным ключом; он станет активным, когда истечет срок действия активного ключа.</translation>
    </message>
    <message>
        <source>The key %1 is removed from this installation.</source>
        <translation>Ключ %1 будет удален из этой установки.</translation>
    </message>
    <message>
        <source>The license status changes from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Состояние лицензии изменится с «%1» на «%2».</translation>
    </message>
    <message>
        <source>Functionality changes to: %1.</source>
        <translation>Функциональность изменится на: %1.</translation>
    </message>
    <message>
        <source>A trial key can only be the active key, not the reserve key.</source>
        <translation>Пробный ключ может быть только активным ключом, но не резервным.</translation>
    </message>
    <message>
        <source>A subscription key can only be the active key, not the reserve key.</source>
        <translation>Ключ по подписке может быть только активным ключом, но не резервным.</translation>
    </message>
    <message>
        <source>The key %1 is still valid until %2; the time it has left is lost.</source>
        <translation>Ключ %1 действует до %2; оставшийся срок его действия будет потерян.</translation>
    </message>
    <message numerus="yes">
        <source>The license then covers the time up to %1 instead of %2: %n day(s) less.</source>
        <extracomment>%1 and %2 are dates; %n is the number of days of license time lost</extracomment>
        <translation>
            <numerusform>Тогда лицензия будет действовать до %1, а не до %2: на %n день меньше.</numerusform>
            <numerusform>Тогда лицензия будет действовать до %1, а не до %2: на %n дня меньше.</numerusform>
            <numerusform>Тогда лицензия будет действовать до %1, а не до %2: на %n дней меньше.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying this key would lose license time, so it was not applied without your confirmation.</source>
        <translation>Применение этого ключа сократило бы срок действия лицензии, поэтому без вашего подтверждения он не применен.</translation>
    </message>
    <message>
        <source>The key the licensing service issues becomes the active key.</source>
        <translation>Ключ, выданный службой лицензирования, станет активным ключом.</translation>
    </message>
    <message>
        <source>The key the licensing service issues becomes the reserve key beside the active key %1, if it licenses the same unit and is neither a trial nor a subscription key.</source>
        <translation>Ключ, выданный службой лицензирования, станет резервным ключом при активном ключе %1, если он лицензирует ту же единицу и не является пробным ключом или ключом подписки.</translation>
    </message>
    <message>
        <source>It would replace the key %1, valid until %2. If that removes a valid key or shortens the time the license covers, you are shown both keys and the new key is applied only when you confirm.</source>
        <translation>Он заменил бы ключ %1, действующий до %2. Если при этом удаляется действующий ключ или сокращается срок действия лицензии, вам будут показаны оба ключа, и новый ключ будет применен только после вашего подтверждения.</translation>
    </message>
    <message>
        <source>It replaces the key %1, which expired on %2.</source>
        <translation>Он заменит ключ %1, срок действия которого истек %2.</translation>
    </message>
    <message>
        <source>A key that cannot be applied this way is kept as a received key, which you can apply or add as the reserve key later; the current keys stay as they are.</source>
        <translation>Ключ, который нельзя применить таким образом, сохраняется как полученный ключ: его можно применить или добавить как резервный ключ позже; текущие ключи остаются без изменений.</translation>
    </message>
</context>
<context>
    <name>LightAgent::KeyStore</name>
    <message>
        <source>read the keys</source>
        <translation>прочитать ключи</translation>
    </message>
    <message>
        <source>A stored key no longer passes verification with this vendor profile: %1</source>
        <translation>Сохраненный ключ больше не проходит проверку с этим профилем поставщика: %1</translation>
    </message>
    <message>
        <source>change the keys</source>
        <translation>изменить ключи</translation>
    </message>
    <message>
        <source>store a key</source>
        <translation>сохранить ключ</translation>
    </message>
    <message>
        <source>There is no active key to remove.</source>
        <translation>Нет активного ключа для удаления.</translation>
    </message>
    <message>
        <source>There is no reserve key to remove.</source>
        <translation>Нет резервного ключа для удаления.</translation>
    </message>
</context>
<context>
    <name>LightAgent::LanguageManager</name>
    <message>
        <source>Light Agent Console</source>
        <translation>Консоль Light Agent</translation>
    </message>
</context>
<context>
    <name>LightAgent::LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu of the interface languages</extracomment>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Switch the interface language now; the choice is remembered.</source>
        <translation>Сразу переключить язык интерфейса; выбор будет запомнен.</translation>
    </message>
</context>
<context>
    <name>LightAgent::License</name>
    <message>
        <source>Commercial</source>
        <translation>Коммерческая</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Пробная</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Подписка</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Бета</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тестовая</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n ядро</numerusform>
            <numerusform>%n ядра</numerusform>
            <numerusform>%n ядер</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processor(s)</source>
        <translation>
            <numerusform>%n процессор</numerusform>
            <numerusform>%n процессора</numerusform>
            <numerusform>%n процессоров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n сервер</numerusform>
            <numerusform>%n сервера</numerusform>
            <numerusform>%n серверов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n рабочая станция</numerusform>
            <numerusform>%n рабочие станции</numerusform>
            <numerusform>%n рабочих станций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LightAgent::LicenseCheckPanel</name>
    <message>
        <source>Periodic license check</source>
        <translation>Периодическая проверка лицензии</translation>
    </message>
    <message>
        <source>Next check:</source>
        <extracomment>Caption: when the license is checked next with the licensing service</extracomment>
        <translation>Следующая проверка:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <extracomment>Caption: the last license check that got an answer</extracomment>
        <translation>Последняя проверка:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <extracomment>Caption: license checks that failed one after another</extracomment>
        <translation>Неудачные попытки:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Просмотреть…</translation>
    </message>
    <message>
        <source>Show the exact request a license check sends now. Nothing is sent.</source>
        <translation>Показать точный запрос, который проверка лицензии передала бы сейчас. Ничего не передается.</translation>
    </message>
    <message>
        <source>Preview the license check</source>
        <translation>Просмотр проверки лицензии</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Проверить сей&amp;час</translation>
    </message>
    <message>
        <source>Send the license check now, under the consent you gave when you activated with a code.</source>
        <translation>Выполнить проверку лицензии сейчас в рамках согласия, которое вы дали при активации с помощью кода.</translation>
    </message>
    <message>
        <source>Result of the license check</source>
        <translation>Результат проверки лицензии</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>Выполняется проверка…</translation>
    </message>
    <message>
        <source>None</source>
        <comment>next check</comment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Sending the license check…</source>
        <translation>Передача запроса проверки лицензии…</translation>
    </message>
    <message>
        <source>The last check did not succeed: %1</source>
        <translation>Последняя проверка не выполнена: %1</translation>
    </message>
    <message>
        <source>The service answered and confirmed it received exactly the bytes sent (SHA-256 %1).</source>
        <translation>Служба ответила и подтвердила, что получила именно переданные байты (SHA-256 %1).</translation>
    </message>
    <message>
        <source>The service answered, but did not confirm the digest of the bytes sent (SHA-256 %1).</source>
        <translation>Служба ответила, но не подтвердила хеш переданных байтов (SHA-256 %1).</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Ничего не передано: %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>There is no license check to preview: %1</source>
        <translation>Нет проверки лицензии для просмотра: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::LicenseState</name>
    <message>
        <source>The solution is not activated.</source>
        <translation>Решение не активировано.</translation>
    </message>
    <message>
        <source>The license is valid.</source>
        <translation>Лицензия действует.</translation>
    </message>
    <message numerus="yes">
        <source>The license expires in %n day(s).</source>
        <translation>
            <numerusform>Срок действия лицензии истекает через %n день.</numerusform>
            <numerusform>Срок действия лицензии истекает через %n дня.</numerusform>
            <numerusform>Срок действия лицензии истекает через %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>The license has expired; the grace period is running.</source>
        <translation>Срок действия лицензии истек; идет льготный период.</translation>
    </message>
    <message>
        <source>The license has expired.</source>
        <translation>Срок действия лицензии истек.</translation>
    </message>
    <message>
        <source>The license key has been blocked by the vendor.</source>
        <translation>Лицензионный ключ заблокирован поставщиком.</translation>
    </message>
    <message>
        <source>The key becomes valid on %1. Until then the solution does not protect virtual machines.</source>
        <translation>Ключ начинает действовать %1. До этого решение не защищает виртуальные машины.</translation>
    </message>
    <message>
        <source>Virtual machines are not protected. Activate the solution with a key file (sends nothing) or an activation code.</source>
        <translation>Виртуальные машины не защищены. Активируйте решение с помощью файла ключа (ничего не передается) или кода активации.</translation>
    </message>
    <message>
        <source>All functions are available until %1; then the reserve key takes over.</source>
        <translation>Все функции доступны до %1; затем активным станет резервный ключ.</translation>
    </message>
    <message>
        <source>All functions are available until %1.</source>
        <translation>Все функции доступны до %1.</translation>
    </message>
    <message>
        <source>All functions are available until %1. Add a reserve key or renew the license now to keep protection without interruption.</source>
        <translation>Все функции доступны до %1. Добавьте резервный ключ или продлите лицензию сейчас, чтобы защита не прерывалась.</translation>
    </message>
    <message>
        <source>All functions remain available until %1. Renew the subscription before then, or database updates will stop.</source>
        <translation>Все функции остаются доступны до %1. Продлите подписку до этой даты, иначе обновление баз прекратится.</translation>
    </message>
    <message>
        <source>The licensing service reported on %1 that this license has expired. Protection goes on with the databases you have, but they are no longer updated. Add a new key to restore full functionality.</source>
        <translation>Служба лицензирования сообщила %1, что срок действия этой лицензии истек. Защита продолжает работать с имеющимися базами, но они больше не обновляются. Добавьте новый ключ, чтобы восстановить полную функциональность.</translation>
    </message>
    <message>
        <source>Protection goes on with the databases you have, but they are no longer updated. Add a new key to restore full functionality.</source>
        <translation>Защита продолжает работать с имеющимися базами, но они больше не обновляются. Добавьте новый ключ, чтобы восстановить полную функциональность.</translation>
    </message>
    <message>
        <source>All functions remain available until %1; after that database updates stop. Contact the vendor or add a different key.</source>
        <translation>Все функции остаются доступны до %1; после этого обновление баз прекратится. Обратитесь к поставщику или добавьте другой ключ.</translation>
    </message>
    <message>
        <source>Database updates have stopped. Contact the vendor or add a different key.</source>
        <translation>Обновление баз прекращено. Обратитесь к поставщику или добавьте другой ключ.</translation>
    </message>
</context>
<context>
    <name>LightAgent::LicenseWarnings</name>
    <message>
        <source>The key becomes valid only on %1; until then virtual machines are not protected.</source>
        <translation>Ключ начнёт действовать только %1; до этого виртуальные машины не защищены.</translation>
    </message>
    <message>
        <source>The solution is not activated; virtual machines are not protected.</source>
        <translation>Решение не активировано; виртуальные машины не защищены.</translation>
    </message>
    <message numerus="yes">
        <source>The license ended on %1; the grace period keeps all functions for %n more day(s), to %2.</source>
        <translation>
            <numerusform>Лицензия закончилась %1; льготный период сохраняет все функции ещё %n день, до %2.</numerusform>
            <numerusform>Лицензия закончилась %1; льготный период сохраняет все функции ещё %n дня, до %2.</numerusform>
            <numerusform>Лицензия закончилась %1; льготный период сохраняет все функции ещё %n дней, до %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The vendor blocked the license key on %1; all functions remain for %n more day(s), to %2.</source>
        <translation>
            <numerusform>Поставщик заблокировал лицензионный ключ %1; все функции сохраняются ещё %n день, до %2.</numerusform>
            <numerusform>Поставщик заблокировал лицензионный ключ %1; все функции сохраняются ещё %n дня, до %2.</numerusform>
            <numerusform>Поставщик заблокировал лицензионный ключ %1; все функции сохраняются ещё %n дней, до %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor blocked the license key on %1; database updates stopped after %2.</source>
        <translation>Поставщик заблокировал лицензионный ключ %1; обновление баз прекратилось после %2.</translation>
    </message>
    <message>
        <source>The license has expired; database updates stopped after %1.</source>
        <translation>Срок действия лицензии истёк; обновление баз прекратилось после %1.</translation>
    </message>
    <message>
        <source>The license is valid until %1; then the reserve key %2 takes over on %3 and covers until %4.</source>
        <translation>Лицензия действует до %1; затем %3 её сменит резервный ключ %2, действующий до %4.</translation>
    </message>
    <message>
        <source>The license is valid until %1.</source>
        <translation>Лицензия действует до %1.</translation>
    </message>
    <message numerus="yes">
        <source>The license ends in %n day(s), on %1, even with the reserve key %2 that takes over on %3.</source>
        <translation>
            <numerusform>Лицензия закончится через %n день, %1, даже с резервным ключом %2, который вступит в действие %3.</numerusform>
            <numerusform>Лицензия закончится через %n дня, %1, даже с резервным ключом %2, который вступит в действие %3.</numerusform>
            <numerusform>Лицензия закончится через %n дней, %1, даже с резервным ключом %2, который вступит в действие %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The license ends in %n day(s), on %1; the reserve key %2 becomes valid only on %3.</source>
        <translation>
            <numerusform>Лицензия закончится через %n день, %1; резервный ключ %2 начнёт действовать только %3.</numerusform>
            <numerusform>Лицензия закончится через %n дня, %1; резервный ключ %2 начнёт действовать только %3.</numerusform>
            <numerusform>Лицензия закончится через %n дней, %1; резервный ключ %2 начнёт действовать только %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The license ends in %n day(s), on %1, and there is no reserve key.</source>
        <translation>
            <numerusform>Лицензия закончится через %n день, %1, а резервного ключа нет.</numerusform>
            <numerusform>Лицензия закончится через %n дня, %1, а резервного ключа нет.</numerusform>
            <numerusform>Лицензия закончится через %n дней, %1, а резервного ключа нет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The databases are %n day(s) old (released on %1); update them.</source>
        <translation>
            <numerusform>Базам %n день (выпущены %1); обновите их.</numerusform>
            <numerusform>Базам %n дня (выпущены %1); обновите их.</numerusform>
            <numerusform>Базам %n дней (выпущены %1); обновите их.</numerusform>
        </translation>
    </message>
    <message>
        <source>After %1 database updates stop; protection goes on with the last databases received (now those of %2).</source>
        <translation>После %1 обновление баз прекратится; защита продолжится с последними полученными базами (сейчас это базы от %2).</translation>
    </message>
    <message>
        <source>After %1 database updates stop; no databases are installed yet.</source>
        <translation>После %1 обновление баз прекратится; базы пока не установлены.</translation>
    </message>
    <message>
        <source>Protection begins on %1, when the key becomes valid.</source>
        <translation>Защита начнётся %1, когда ключ начнёт действовать.</translation>
    </message>
    <message>
        <source>Nothing is protected until the solution is activated.</source>
        <translation>Пока решение не активировано, ничего не защищено.</translation>
    </message>
    <message>
        <source>On %1 the reserve key %2 takes over.</source>
        <translation>%1 в действие вступит резервный ключ %2.</translation>
    </message>
    <message>
        <source>After %1 a grace period keeps all functions until %2.</source>
        <translation>После %1 льготный период сохраняет все функции до %2.</translation>
    </message>
    <message>
        <source>Database updates have stopped; protection goes on with the databases of %1.</source>
        <translation>Обновление баз прекращено; защита продолжается с базами от %1.</translation>
    </message>
    <message>
        <source>Database updates have stopped, and no databases are installed.</source>
        <translation>Обновление баз прекращено, и базы не установлены.</translation>
    </message>
</context>
<context>
    <name>LightAgent::MainWindow</name>
    <message>
        <source>Light Agent Console</source>
        <translation>Консоль Light Agent</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>License</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the license dashboard</extracomment>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Journal</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the journal of everything that was sent</extracomment>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>&amp;Add key file…</source>
        <translation>&amp;Добавить файл ключа…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Remove &amp;active key…</source>
        <translation>Удалить а&amp;ктивный ключ…</translation>
    </message>
    <message>
        <source>Remove &amp;reserve key…</source>
        <translation>Удалить &amp;резервный ключ…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the license state again, for example after a change made with lightagent-ctl.</source>
        <translation>Заново прочитать состояние лицензии, например после изменений, сделанных с помощью lightagent-ctl.</translation>
    </message>
    <message>
        <source>&amp;About Light Agent Console</source>
        <translation>&amp;О консоли Light Agent</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <comment>menu</comment>
        <extracomment>Menu: actions on the license and its keys</extracomment>
        <translation>&amp;Лицензия</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <extracomment>Status bar: the vendor profile in use; %1 vendor, %2 profile id</extracomment>
        <translation>Профиль: %1 (%2)</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <extracomment>Status bar: the directory that holds the console&apos;s state</extracomment>
        <translation>Данные: %1</translation>
    </message>
    <message>
        <source>Add key file</source>
        <translation>Добавление файла ключа</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Файлы ключей (*.key);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Remove the reserve key %1?

The active key stays; nothing takes over when it expires.</source>
        <translation>Удалить резервный ключ %1?

Активный ключ останется; по истечении его срока действия его никто не заменит.</translation>
    </message>
    <message>
        <source>Remove the active key %1?

The reserve key %2 becomes the active key.</source>
        <translation>Удалить активный ключ %1?

Резервный ключ %2 станет активным ключом.</translation>
    </message>
    <message>
        <source>Remove the active key %1?

The solution will no longer be activated and virtual machines will not be protected until you add a key.</source>
        <translation>Удалить активный ключ %1?

Решение перестанет быть активированным, и виртуальные машины не будут защищены, пока вы не добавите ключ.</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Удаление ключа</translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation>Ключ не удален: %1</translation>
    </message>
    <message>
        <source>Drop the key file to inspect it. Nothing changes until you add it.</source>
        <translation>Отпустите файл ключа, чтобы проверить его. Пока вы его не добавите, ничего не изменится.</translation>
    </message>
    <message>
        <source>Data provision</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: what the console sends, when, and the consent to it</extracomment>
        <translation>Предоставление данных</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Активировать…</translation>
    </message>
    <message>
        <source>Activate with a key file or an activation code.</source>
        <translation>Активировать с помощью файла ключа или кода активации.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Menu: how the console looks, e.g. its language</extracomment>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Updates</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the databases, their updates and the license check</extracomment>
        <translation>Обновление</translation>
    </message>
</context>
<context>
    <name>LightAgent::MaintenanceSummary</name>
    <message>
        <source>Databases and license check</source>
        <translation>Базы и проверка лицензии</translation>
    </message>
    <message>
        <source>Databases:</source>
        <extracomment>Caption on the dashboard: the state of the protection databases</extracomment>
        <translation>Базы:</translation>
    </message>
    <message>
        <source>Next license check:</source>
        <extracomment>Caption on the dashboard: when the license is checked next with the vendor</extracomment>
        <translation>Следующая проверка лицензии:</translation>
    </message>
    <message>
        <source>&amp;Updates…</source>
        <translation>&amp;Обновление…</translation>
    </message>
    <message>
        <source>Open the Updates page: update the databases, the schedule and the license check.</source>
        <translation>Открыть страницу «Обновление»: обновление баз, расписание и проверка лицензии.</translation>
    </message>
    <message>
        <source>An update is running now.</source>
        <translation>Сейчас выполняется обновление.</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>Выполняется проверка…</translation>
    </message>
</context>
<context>
    <name>LightAgent::MaintenanceText</name>
    <message>
        <source>the license is active</source>
        <comment>check answer</comment>
        <extracomment>The licensing service&apos;s answer to a license check</extracomment>
        <translation>лицензия действует</translation>
    </message>
    <message>
        <source>the key is blocked</source>
        <comment>check answer</comment>
        <extracomment>The licensing service&apos;s answer to a license check</extracomment>
        <translation>ключ заблокирован</translation>
    </message>
    <message>
        <source>the license has expired</source>
        <comment>check answer</comment>
        <extracomment>The licensing service&apos;s answer to a license check</extracomment>
        <translation>срок действия лицензии истек</translation>
    </message>
    <message>
        <source>Not installed. %1</source>
        <extracomment>%1 explains why no scheduled update runs</extracomment>
        <translation>Не установлены. %1</translation>
    </message>
    <message>
        <source>Not installed yet.</source>
        <translation>Еще не установлены.</translation>
    </message>
    <message>
        <source>%1, released %2</source>
        <extracomment>Freshness of the databases and their release date, e.g. &quot;Up to date, released 11/28/2026&quot;</extracomment>
        <translation>%1, выпущены %2</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>update run</comment>
        <extracomment>No database update has run yet</extracomment>
        <translation>Не выполнялось</translation>
    </message>
    <message>
        <source>%1: version %2 installed.</source>
        <extracomment>%1 time of the update, %2 database version</extracomment>
        <translation>%1: установлена версия %2.</translation>
    </message>
    <message>
        <source>%1: already up to date (version %2).</source>
        <extracomment>%1 time of the update, %2 database version</extracomment>
        <translation>%1: базы уже актуальны (версия %2).</translation>
    </message>
    <message>
        <source>%1: failed. %2</source>
        <extracomment>%1 time of the update, %2 why it failed</extracomment>
        <translation>%1: ошибка. %2</translation>
    </message>
    <message>
        <source>%1: not sent. %2</source>
        <extracomment>%1 time of the update, %2 why nothing was sent</extracomment>
        <translation>%1: не передано. %2</translation>
    </message>
    <message>
        <source>Due now.</source>
        <comment>next update</comment>
        <extracomment>The next scheduled database update</extracomment>
        <translation>Требуется сейчас.</translation>
    </message>
    <message>
        <source>Due now.</source>
        <comment>next check</comment>
        <extracomment>The next periodic license check</extracomment>
        <translation>Требуется сейчас.</translation>
    </message>
    <message>
        <source>%1 (a retry after a failed check)</source>
        <translation>%1 (повторная попытка после неудачной проверки)</translation>
    </message>
    <message>
        <source>None: the solution is not activated.</source>
        <translation>Нет: решение не активировано.</translation>
    </message>
    <message>
        <source>None: the active key came from a key file, which sends nothing.</source>
        <translation>Нет: активный ключ добавлен из файла ключа, при этом ничего не передается.</translation>
    </message>
    <message>
        <source>None: the consent to re-send the activation data was withdrawn.</source>
        <translation>Нет: согласие на повторную передачу данных активации отозвано.</translation>
    </message>
    <message>
        <source>None: the activation code of the active key is not kept.</source>
        <translation>Нет: код активации активного ключа не сохранен.</translation>
    </message>
    <message>
        <source>The last error: %1</source>
        <translation>Последняя ошибка: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) in a row; the next try is at %1.</source>
        <extracomment>%n failed attempts in a row; %1 when the next attempt is made</extracomment>
        <translation>
            <numerusform>%n неудачная попытка подряд; следующая попытка — %1.</numerusform>
            <numerusform>%n неудачные попытки подряд; следующая попытка — %1.</numerusform>
            <numerusform>%n неудачных попыток подряд; следующая попытка — %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <comment>license check</comment>
        <extracomment>No license check has been completed yet</extracomment>
        <translation>Не выполнялась</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 time of the check, %2 the service&apos;s answer, e.g. &quot;the license is active&quot;</extracomment>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>LightAgent::NetworkSettings</name>
    <message>
        <source>The proxy must be &quot;system&quot;, &quot;none&quot;, http://HOST:PORT or socks5://HOST:PORT, not &quot;%1&quot;.</source>
        <translation>Прокси-сервер должен быть задан как «system», «none», http://HOST:PORT или socks5://HOST:PORT, а не «%1».</translation>
    </message>
</context>
<context>
    <name>LightAgent::PayloadCatalog</name>
    <message>
        <source>Activation code</source>
        <translation>Код активации</translation>
    </message>
    <message>
        <source>Date and time on the SVM</source>
        <translation>Дата и время на SVM</translation>
    </message>
    <message>
        <source>Solution ID</source>
        <translation>Идентификатор решения</translation>
    </message>
    <message>
        <source>Solution ID obtained from the license</source>
        <translation>Идентификатор решения, полученный из лицензии</translation>
    </message>
    <message>
        <source>IDs of compatible applications that can be activated on the SVM</source>
        <translation>Идентификаторы совместимых приложений, которые могут быть активированы на SVM</translation>
    </message>
    <message>
        <source>Full version of the solution</source>
        <translation>Полная версия решения</translation>
    </message>
    <message>
        <source>Localization of the solution (interface language)</source>
        <translation>Локализация решения (язык интерфейса)</translation>
    </message>
    <message>
        <source>Unique ID of the SVM</source>
        <translation>Уникальный идентификатор SVM</translation>
    </message>
    <message>
        <source>Solution installation ID</source>
        <translation>Идентификатор установки решения</translation>
    </message>
    <message>
        <source>Operating system family</source>
        <translation>Семейство операционной системы</translation>
    </message>
    <message>
        <source>Operating system version</source>
        <translation>Версия операционной системы</translation>
    </message>
    <message>
        <source>Operating system edition</source>
        <translation>Редакция операционной системы</translation>
    </message>
    <message>
        <source>Operating system build number</source>
        <translation>Номер сборки операционной системы</translation>
    </message>
    <message>
        <source>Operating system update number</source>
        <translation>Номер обновления операционной системы</translation>
    </message>
    <message>
        <source>Extended information about the operating system edition</source>
        <translation>Расширенная информация о редакции операционной системы</translation>
    </message>
    <message>
        <source>ID of the solution</source>
        <translation>Идентификатор решения</translation>
    </message>
    <message>
        <source>ID of the current license</source>
        <translation>Идентификатор текущей лицензии</translation>
    </message>
    <message>
        <source>Unique ID of the solution installation</source>
        <translation>Уникальный идентификатор установки решения</translation>
    </message>
    <message>
        <source>Unique ID of the update task start</source>
        <translation>Уникальный идентификатор запуска задачи обновления</translation>
    </message>
    <message>
        <source>Interface language of the solution</source>
        <translation>Язык интерфейса решения</translation>
    </message>
    <message>
        <source>Name of the link to the web page being accessed</source>
        <translation>Имя ссылки на открываемую веб-страницу</translation>
    </message>
    <message>
        <source>Type of the solution</source>
        <translation>Тип решения</translation>
    </message>
    <message>
        <source>Version of the solution</source>
        <translation>Версия решения</translation>
    </message>
    <message>
        <source>ID of the web page being accessed</source>
        <translation>Идентификатор открываемой веб-страницы</translation>
    </message>
    <message>
        <source>(not in the vendor&apos;s list)</source>
        <translation>(нет в списке поставщика)</translation>
    </message>
    <message>
        <source>When an activation code is applied to activate the solution.</source>
        <translation>При применении кода активации для активации решения.</translation>
    </message>
    <message>
        <source>Periodically after activation with a code, to verify that the solution is used appropriately.</source>
        <translation>Периодически после активации с помощью кода для проверки правомерности использования решения.</translation>
    </message>
    <message>
        <source>When databases and application modules are updated.</source>
        <translation>При обновлении баз и модулей приложения.</translation>
    </message>
    <message>
        <source>When you follow a link from the console&apos;s interface.</source>
        <translation>При переходе по ссылке из интерфейса консоли.</translation>
    </message>
</context>
<context>
    <name>LightAgent::ProxyRoute::Preview</name>
    <message>
        <source>Sent directly to %1, not through a proxy.</source>
        <translation>Отправляется напрямую на %1, не через прокси-сервер.</translation>
    </message>
    <message>
        <source>Sent through the HTTP proxy %1. The proxy receives only this request, which opens an encrypted tunnel to the service; the request above travels inside it, unreadable to the proxy:</source>
        <extracomment>%1 is the proxy&apos;s host:port. The CONNECT request follows the colon.</extracomment>
        <translation>Отправляется через HTTP-прокси %1. Прокси получает только этот запрос, открывающий зашифрованный туннель к службе; запрос выше проходит внутри туннеля, и прокси не может его прочитать:</translation>
    </message>
    <message>
        <source>Sent through the SOCKS5 proxy %1, which is told only the service&apos;s address %2; the request travels encrypted, unreadable to the proxy.</source>
        <translation>Отправляется через SOCKS5-прокси %1, которому сообщается только адрес службы %2; запрос передаётся в зашифрованном виде, и прокси не может его прочитать.</translation>
    </message>
    <message>
        <source>No proxy is set here or in the environment; the system&apos;s proxy settings are asked when sending. If they name an HTTP proxy, it receives only this request, which opens an encrypted tunnel to the service:</source>
        <extracomment>The CONNECT request follows the colon.</extracomment>
        <translation>Прокси-сервер не задан ни здесь, ни в окружении; при отправке будут запрошены системные настройки прокси. Если они назовут HTTP-прокси, он получит только этот запрос, открывающий зашифрованный туннель к службе:</translation>
    </message>
</context>
<context>
    <name>LightAgent::ReceivedKeyPanel</name>
    <message>
        <source>Serial:</source>
        <translation>Серийный номер:</translation>
    </message>
    <message>
        <source>Type:</source>
        <comment>license type</comment>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Licenses:</source>
        <comment>what is licensed</comment>
        <translation>Лицензировано:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Срок действия:</translation>
    </message>
    <message>
        <source>Days left:</source>
        <translation>Осталось дней:</translation>
    </message>
    <message>
        <source>Active key now</source>
        <translation>Активный ключ сейчас</translation>
    </message>
    <message>
        <source>Reserve key now</source>
        <translation>Резервный ключ сейчас</translation>
    </message>
    <message>
        <source>Key received</source>
        <translation>Полученный ключ</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>validity period</comment>
        <extracomment>Validity period of a key: &quot;from DATE to DATE&quot;</extracomment>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>The licensing service issued the key %1 for the code %2. It is kept here and has not been applied.</source>
        <translation>Служба лицензирования выдала ключ %1 по коду %2. Он сохранен здесь и не был применен.</translation>
    </message>
    <message>
        <source>It can be applied now; nothing of the current keys is lost.</source>
        <translation>Его можно применить сейчас; от текущих ключей ничего не будет потеряно.</translation>
    </message>
    <message>
        <source>If it becomes the active key:</source>
        <translation>Если он станет активным ключом:</translation>
    </message>
    <message>
        <source>If it becomes the reserve key:</source>
        <translation>Если он станет резервным ключом:</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <extracomment>Why a key cannot go to this slot; %1 is the vendor rule&apos;s message</extracomment>
        <translation>Невозможно: %1</translation>
    </message>
    <message>
        <source>I have compared the keys and accept &amp;losing license time</source>
        <translation>Я сравнил ключи и согласен с &amp;потерей срока лицензии</translation>
    </message>
    <message>
        <source>Apply as the active key</source>
        <translation>Применить как активный ключ</translation>
    </message>
    <message>
        <source>Add as the reserve key</source>
        <translation>Добавить как резервный ключ</translation>
    </message>
</context>
<context>
    <name>LightAgent::ReceivedKeyStore</name>
    <message>
        <source>A received key no longer passes verification with this vendor profile: %1</source>
        <translation>Полученный ключ больше не проходит проверку с этим профилем поставщика: %1</translation>
    </message>
    <message>
        <source>No key was received that has not been applied.</source>
        <translation>Нет полученных ключей, которые не были применены.</translation>
    </message>
    <message>
        <source>%1 received keys have not been applied; name the one you mean by its serial.</source>
        <translation>Не применено полученных ключей: %1; укажите нужный ключ по его серийному номеру.</translation>
    </message>
    <message>
        <source>No received key has the serial %1.</source>
        <translation>Нет полученного ключа с серийным номером %1.</translation>
    </message>
    <message>
        <source>The received key was applied or discarded meanwhile.</source>
        <translation>Тем временем полученный ключ был применен или отброшен.</translation>
    </message>
</context>
<context>
    <name>LightAgent::Recipients</name>
    <message>
        <source>the licensing service</source>
        <comment>recipient</comment>
        <extracomment>What receives activations and license checks; inserted in &quot;HOST (%1 …)&quot;</extracomment>
        <translation>служба лицензирования</translation>
    </message>
    <message>
        <source>the update service</source>
        <comment>recipient</comment>
        <extracomment>What receives database update requests; inserted in &quot;HOST (%1 …)&quot;</extracomment>
        <translation>служба обновлений</translation>
    </message>
    <message>
        <source>the privacy policy&apos;s site</source>
        <comment>recipient</comment>
        <extracomment>The site of the privacy policy link; inserted in &quot;HOST (%1 …)&quot;</extracomment>
        <translation>сайт политики конфиденциальности</translation>
    </message>
    <message>
        <source>the help redirector</source>
        <comment>recipient</comment>
        <translation>служба перенаправления справки</translation>
    </message>
    <message>
        <source>%1 (%2, on this computer)</source>
        <comment>recipient</comment>
        <extracomment>%1 a host, %2 what it is (&quot;the update service&quot;)</extracomment>
        <translation>%1 (%2 на этом компьютере)</translation>
    </message>
    <message>
        <source>%1 (%2: a public site of a real vendor, not of %3)</source>
        <comment>recipient</comment>
        <extracomment>The demo profile&apos;s links lead to a real vendor&apos;s site, not to the demo vendor. %1 a host, %2 what it is, %3 the demo vendor&apos;s name</extracomment>
        <translation>%1 (%2: общедоступный сайт реального поставщика, а не %3)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>recipient</comment>
        <extracomment>%1 a host, %2 what it is (&quot;the update service&quot;), %3 the vendor&apos;s name</extracomment>
        <translation>%1 (%2; поставщик: %3)</translation>
    </message>
</context>
<context>
    <name>LightAgent::RequestEnvelope</name>
    <message>
        <source>Activation with a code</source>
        <translation>Активация с помощью кода</translation>
    </message>
    <message>
        <source>Periodic license check</source>
        <translation>Периодическая проверка лицензии</translation>
    </message>
    <message>
        <source>Database update</source>
        <translation>Обновление баз</translation>
    </message>
    <message>
        <source>Followed help link</source>
        <translation>Переход по ссылке на справку</translation>
    </message>
</context>
<context>
    <name>LightAgent::ServiceAnswer</name>
    <message>
        <source>The licensing service&apos;s answer does not follow the contract (%1). Nothing was changed.</source>
        <translation>Ответ службы лицензирования не соответствует протоколу обмена (%1). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The service says the activation code is not valid.</source>
        <translation>Служба сообщает, что код активации недействителен.</translation>
    </message>
    <message>
        <source>The service does not know this activation code. Check it against the one you received.</source>
        <translation>Службе неизвестен этот код активации. Сверьте его с полученным кодом.</translation>
    </message>
    <message>
        <source>The activation code has been blocked by the vendor.</source>
        <translation>Код активации заблокирован поставщиком.</translation>
    </message>
    <message>
        <source>The activation code has expired.</source>
        <translation>Срок действия кода активации истек.</translation>
    </message>
    <message>
        <source>The activation code has been used on as many SVMs as it allows.</source>
        <translation>Код активации уже использован на максимально допустимом количестве SVM.</translation>
    </message>
    <message>
        <source>The activation code is for a different product.</source>
        <translation>Код активации предназначен для другого продукта.</translation>
    </message>
    <message>
        <source>The service could not read the request.</source>
        <translation>Службе не удалось прочитать запрос.</translation>
    </message>
    <message>
        <source>The licensing service failed to process the request.</source>
        <translation>Службе лицензирования не удалось обработать запрос.</translation>
    </message>
    <message>
        <source>receivedSha256 is not a SHA-256 in lower-case hex</source>
        <translation>receivedSha256 не является SHA-256 в шестнадцатеричном виде строчными буквами</translation>
    </message>
    <message>
        <source>recheckAfterSeconds is not a whole number of seconds up to a year</source>
        <translation>recheckAfterSeconds не является целым числом секунд не более одного года</translation>
    </message>
    <message>
        <source>The licensing service answered HTTP %1 without an explanation. Nothing was changed.</source>
        <translation>Служба лицензирования ответила HTTP %1 без объяснения причины. Ничего не изменено.</translation>
    </message>
    <message>
        <source>there is no key object</source>
        <translation>отсутствует объект key</translation>
    </message>
    <message>
        <source>The key the service returned was refused: %1 Nothing was changed.</source>
        <translation>Ключ, возвращенный службой, отклонен: %1 Ничего не изменено.</translation>
    </message>
    <message>
        <source>the status is not active, blocked or expired</source>
        <translation>состояние не является active, blocked или expired</translation>
    </message>
    <message>
        <source>there is no bundle object</source>
        <translation>отсутствует объект bundle</translation>
    </message>
    <message>
        <source>The database bundle the service sent was refused: %1 The installed databases were kept.</source>
        <translation>Пакет баз, присланный службой, отклонен: %1 Установленные базы сохранены.</translation>
    </message>
    <message>
        <source>In the service&apos;s own words: &quot;%1&quot;</source>
        <extracomment>%1 is the service&apos;s own message, shown as the service wrote it (not translated)</extracomment>
        <translation>Сообщение самой службы: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>LightAgent::StateDatabase</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Не удается создать папку данных %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Не удается создать %1: %2</translation>
    </message>
    <message>
        <source>open the state database</source>
        <translation>открыть базу данных состояния</translation>
    </message>
    <message>
        <source>Could not %1 in %2: %3</source>
        <translation>Не удалось %1 в папке %2: %3</translation>
    </message>
    <message>
        <source>Another console or lightagent-ctl is changing the license state right now. Try again in a moment.</source>
        <translation>Другая консоль или lightagent-ctl прямо сейчас изменяет состояние лицензии. Повторите попытку через некоторое время.</translation>
    </message>
    <message>
        <source>start a change</source>
        <translation>начать изменение</translation>
    </message>
    <message>
        <source>finish a change</source>
        <translation>завершить изменение</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>прочитать версию схемы</translation>
    </message>
    <message>
        <source>The state database in %1 was written by a newer version of the console (schema %2; this version knows %3).</source>
        <translation>База данных состояния в папке %1 записана более новой версией консоли (схема %2; эта версия поддерживает схему %3).</translation>
    </message>
    <message>
        <source>upgrade the schema</source>
        <translation>обновить схему</translation>
    </message>
    <message>
        <source>read a setting</source>
        <translation>прочитать параметр</translation>
    </message>
    <message>
        <source>save a setting</source>
        <translation>сохранить параметр</translation>
    </message>
    <message>
        <source>read the license check schedule</source>
        <translation>прочитать расписание проверки лицензии</translation>
    </message>
    <message>
        <source>save the license check schedule</source>
        <translation>сохранить расписание проверки лицензии</translation>
    </message>
    <message>
        <source>read the database bundle</source>
        <translation>прочитать пакет баз</translation>
    </message>
    <message>
        <source>install the databases</source>
        <translation>установить базы</translation>
    </message>
    <message>
        <source>record the update run</source>
        <translation>записать сведения о запуске обновления</translation>
    </message>
    <message>
        <source>read the last update run</source>
        <translation>прочитать сведения о последнем запуске обновления</translation>
    </message>
    <message>
        <source>record the consent</source>
        <translation>записать согласие</translation>
    </message>
    <message>
        <source>withdraw the consent</source>
        <translation>отозвать согласие</translation>
    </message>
    <message>
        <source>read the consent</source>
        <translation>прочитать согласие</translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation>прочитать журнал</translation>
    </message>
    <message>
        <source>record in the journal</source>
        <translation>сделать запись в журнале</translation>
    </message>
    <message>
        <source>create the installation identity</source>
        <translation>создать идентификатор установки</translation>
    </message>
    <message>
        <source>read the installation identity</source>
        <translation>прочитать идентификатор установки</translation>
    </message>
    <message>
        <source>read the received keys</source>
        <translation>прочитать полученные ключи</translation>
    </message>
    <message>
        <source>keep a received key</source>
        <translation>сохранить полученный ключ</translation>
    </message>
    <message>
        <source>discard a received key</source>
        <translation>отбросить полученный ключ</translation>
    </message>
</context>
<context>
    <name>LightAgent::StatusBanner</name>
    <message>
        <source>License status</source>
        <translation>Состояние лицензии</translation>
    </message>
    <message>
        <source>The license state cannot be read.</source>
        <translation>Не удается прочитать состояние лицензии.</translation>
    </message>
</context>
<context>
    <name>LightAgent::StrictJson</name>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>Глубина вложенности JSON превышает %1.</translation>
    </message>
    <message>
        <source>The JSON names the field &quot;%1&quot; twice.</source>
        <translation>В JSON поле «%1» указано дважды.</translation>
    </message>
    <message>
        <source>The content is empty.</source>
        <translation>Содержимое пусто.</translation>
    </message>
    <message>
        <source>The content is not UTF-8 text.</source>
        <translation>Содержимое не является текстом в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>The content is JSON, but not a JSON object.</source>
        <translation>Содержимое является JSON, но не объектом JSON.</translation>
    </message>
    <message>
        <source>The content is not valid JSON (the first error is at byte %1).</source>
        <translation>Содержимое не является корректным JSON (первая ошибка в байте %1).</translation>
    </message>
</context>
<context>
    <name>LightAgent::TimelineWidget</name>
    <message>
        <source>License timeline</source>
        <translation>Срок действия лицензии</translation>
    </message>
    <message>
        <source>Valid from</source>
        <comment>timeline step</comment>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Expires soon from</source>
        <comment>timeline step</comment>
        <translation>Скоро истекает с</translation>
    </message>
    <message>
        <source>Expires</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: the last day on which the key is valid.</extracomment>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Grace period until</source>
        <comment>timeline step</comment>
        <translation>Льготный период до</translation>
    </message>
    <message>
        <source>Limited from</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: from this day a blocked key no longer receives database updates.</extracomment>
        <translation>Ограничена с</translation>
    </message>
    <message>
        <source>There is no timeline: no key is active.</source>
        <translation>Срок действия не показан: нет активного ключа.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>timeline step: date</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Сегодня: %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>Active key expires</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: the last day of the active key, when a reserve key follows it</extracomment>
        <translation>Активный ключ истекает</translation>
    </message>
    <message>
        <source>Reserve key takes over</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: the day the reserve key becomes the active key</extracomment>
        <translation>Резервный ключ вступает в силу</translation>
    </message>
    <message>
        <source>Reserve key expires</source>
        <comment>timeline step</comment>
        <extracomment>Timeline step: the last day of the reserve key, after it took over</extracomment>
        <translation>Резервный ключ истекает</translation>
    </message>
</context>
<context>
    <name>LightAgent::TransmissionFailure</name>
    <message>
        <source>The service&apos;s certificate is not issued for the service&apos;s address: someone may be impersonating the service. Nothing was sent.</source>
        <translation>Сертификат службы выдан не для ее адреса: возможно, кто-то выдает себя за службу. Ничего не передано.</translation>
    </message>
    <message>
        <source>The service&apos;s certificate is not acceptable. Nothing was sent.</source>
        <translation>Сертификат службы неприемлем. Ничего не передано.</translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed; nothing was sent.</source>
        <translation>Допускаются только адреса https://; ничего не передано.</translation>
    </message>
    <message>
        <source>The service redirected the request elsewhere; redirects are not followed, so nothing more was sent.</source>
        <translation>Служба перенаправила запрос по другому адресу; перенаправления не выполняются, поэтому больше ничего не передано.</translation>
    </message>
    <message>
        <source>No secure connection could be agreed with the service (TLS 1.2 or later is required). Nothing was sent.</source>
        <translation>Не удалось установить защищенное соединение со службой (требуется TLS 1.2 или новее). Ничего не передано.</translation>
    </message>
    <message>
        <source>The service&apos;s name could not be resolved. Check the DNS settings or the vendor profile.</source>
        <translation>Не удалось разрешить имя службы. Проверьте настройки DNS или профиль поставщика.</translation>
    </message>
    <message>
        <source>The service refused the connection; it may be down or blocked by a firewall.</source>
        <translation>Служба отклонила соединение; возможно, она не работает или заблокирована сетевым экраном.</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection.</source>
        <translation>Прокси-сервер отклонил соединение или не смог его установить.</translation>
    </message>
    <message>
        <source>The connection to the service failed.</source>
        <translation>Соединение со службой не удалось.</translation>
    </message>
    <message>
        <source>No secure connection to the service within the time allowed. Nothing was sent.</source>
        <translation>Защищенное соединение со службой не установлено за отведенное время. Ничего не передано.</translation>
    </message>
    <message>
        <source>The service did not answer completely within the time allowed.</source>
        <translation>Служба не ответила полностью за отведенное время.</translation>
    </message>
    <message>
        <source>The service&apos;s answer was larger than allowed; it was not read.</source>
        <translation>Ответ службы больше допустимого; он не прочитан.</translation>
    </message>
    <message>
        <source>The service&apos;s answer is not a well-formed HTTP answer.</source>
        <translation>Ответ службы не является правильно сформированным ответом HTTP.</translation>
    </message>
    <message>
        <source>The licensing service&apos;s answer does not follow the contract. Nothing was changed.</source>
        <translation>Ответ службы лицензирования не соответствует протоколу. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The key the service returned was refused. Nothing was changed.</source>
        <translation>Ключ, возвращенный службой, отклонен. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The key the service returned is for a different product. Nothing was changed.</source>
        <translation>Ключ, возвращенный службой, предназначен для другого продукта. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>LightAgent::TransmissionJournal</name>
    <message>
        <source>There is no request to record in the journal.</source>
        <translation>Нет запроса для записи в журнал.</translation>
    </message>
    <message>
        <source>The journal has no request entry %1 to record a result for.</source>
        <translation>В журнале нет записи запроса %1, для которой нужно записать результат.</translation>
    </message>
    <message>
        <source>The journal has no entry %1.</source>
        <translation>В журнале нет записи %1.</translation>
    </message>
    <message>
        <source>Cannot write the journal to %1: %2</source>
        <translation>Не удается записать журнал в %1: %2</translation>
    </message>
    <message>
        <source>The journal no longer has entry %1, which the head kept elsewhere names: entries were removed and the journal&apos;s own head was changed to hide it (the journal now ends at entry %2).</source>
        <translation>В журнале больше нет записи %1, которую называет сохранённая в другом месте вершина: записи удалены, а собственная вершина журнала изменена, чтобы это скрыть (теперь журнал заканчивается записью %2).</translation>
    </message>
    <message>
        <source>Entry %1 is not the entry the head kept elsewhere names (its hash is %2, the kept head&apos;s %3): the journal was rewritten at entry %1 or before it.</source>
        <translation>Запись %1 — не та, которую называет сохранённая в другом месте вершина (её хеш %2, у сохранённой вершины %3): журнал переписан начиная с записи %1 или раньше.</translation>
    </message>
</context>
<context>
    <name>LightAgent::UpdateDialog</name>
    <message>
        <source>Update the databases</source>
        <translation>Обновление баз</translation>
    </message>
    <message>
        <source>The update request could not be prepared, and nothing was sent: %1</source>
        <translation>Не удалось подготовить запрос обновления, ничего не передано: %1</translation>
    </message>
    <message>
        <source>This is the exact request an update sends. Nothing is sent until you choose Send.</source>
        <translation>Это точный запрос, который передается при обновлении. Ничего не передается, пока вы не нажмете «Отправить».</translation>
    </message>
    <message>
        <source>It goes to the vendor&apos;s update service over an encrypted connection, under your data-provision agreement. The answer is a database bundle signed by the vendor; it is installed only if its signature verifies. Cancel sends nothing.</source>
        <translation>Запрос передается в службу обновлений поставщика по зашифрованному соединению в рамках принятого вами соглашения о предоставлении данных. В ответ приходит пакет баз, подписанный поставщиком; он устанавливается, только если его подпись прошла проверку. При отмене ничего не передается.</translation>
    </message>
    <message>
        <source>If you cancel after the request has left this computer, the service may still have received it; the installed databases stay as they are, and the transmission journal records what happened.</source>
        <translation>Если отменить передачу после того, как запрос покинул этот компьютер, служба все равно может его получить; установленные базы останутся прежними, а журнал передачи данных фиксирует, что произошло.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <extracomment>Button: send the update request shown in the preview</extracomment>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Отменить передачу</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Отм&amp;ена</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Connecting to the update service over an encrypted connection…</source>
        <translation>Подключение к службе обновлений по зашифрованному соединению…</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Передача запроса…</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Ожидание ответа…</translation>
    </message>
    <message>
        <source>Receiving the databases…</source>
        <translation>Получение баз…</translation>
    </message>
    <message>
        <source>Recording the request in the transmission journal…</source>
        <translation>Запись запроса в журнал передачи данных…</translation>
    </message>
    <message>
        <source>The update was cancelled.</source>
        <translation>Обновление отменено.</translation>
    </message>
    <message>
        <source>The databases were not updated.</source>
        <translation>Базы не обновлены.</translation>
    </message>
    <message>
        <source>The installed databases are unchanged.</source>
        <translation>Установленные базы не изменились.</translation>
    </message>
    <message>
        <source>The attempt is recorded in the transmission journal.</source>
        <translation>Попытка записана в журнал передачи данных.</translation>
    </message>
    <message>
        <source>Version %1 of the databases is installed.</source>
        <translation>Установлены базы версии %1.</translation>
    </message>
    <message>
        <source>Released %1, %2 records. Freshness: %3.</source>
        <extracomment>%1 release time, %2 number of records, %3 freshness, %4 version before</extracomment>
        <translation>Выпущены %1, записей: %2. Актуальность: %3.</translation>
    </message>
    <message>
        <source>Released %1, %2 records. Freshness: %3. It replaces version %4.</source>
        <translation>Выпущены %1, записей: %2. Актуальность: %3. Заменяют версию %4.</translation>
    </message>
    <message>
        <source>The databases are already up to date.</source>
        <translation>Базы уже актуальны.</translation>
    </message>
    <message>
        <source>Version %1, released %2, is installed; the service has nothing newer. Freshness: %3.</source>
        <translation>Установлены базы версии %1, выпущенные %2; у службы нет более новых баз. Актуальность: %3.</translation>
    </message>
    <message>
        <source>The request and the answer are recorded in the transmission journal (entry %1).</source>
        <translation>Запрос и ответ записаны в журнал передачи данных (запись %1).</translation>
    </message>
    <message>
        <source>The service confirmed it received exactly these bytes.</source>
        <translation>Служба подтвердила, что получила именно эти байты.</translation>
    </message>
    <message>
        <source>SHA-256 %1, the same as the request you saw.</source>
        <translation>SHA-256 %1 — совпадает с показанным вам запросом.</translation>
    </message>
    <message>
        <source>Warning: the service received different bytes.</source>
        <translation>Внимание: служба получила другие байты.</translation>
    </message>
    <message>
        <source>The service reports SHA-256 %1, but the console sent %2. The databases were installed because their signature verifies; the request may have been changed on the way. Check the transmission journal and the network path to the service.</source>
        <translation>Служба сообщает SHA-256 %1, а консоль передала %2. Базы установлены, так как их подпись прошла проверку; возможно, запрос был изменен в пути. Проверьте журнал передачи данных и сетевой путь до службы.</translation>
    </message>
    <message>
        <source>Warning: the service did not confirm what it received.</source>
        <translation>Внимание: служба не подтвердила, что именно она получила.</translation>
    </message>
    <message>
        <source>Its answer carried no digest, so the console cannot show that the request arrived unchanged. The console sent SHA-256 %1.</source>
        <translation>Ее ответ не содержит хеша, поэтому консоль не может показать, что запрос дошел без изменений. Консоль передала SHA-256 %1.</translation>
    </message>
</context>
<context>
    <name>LightAgent::UpdateSchedule</name>
    <message>
        <source>Scheduled updates are switched off; databases are updated only when you start an update.</source>
        <translation>Обновление по расписанию выключено; базы обновляются только при запуске обновления вручную.</translation>
    </message>
    <message>
        <source>Scheduled updates wait for the data-provision agreement; nothing is sent without it.</source>
        <translation>Обновление по расписанию ожидает принятия соглашения о предоставлении данных; без него ничего не передается.</translation>
    </message>
    <message>
        <source>Scheduled updates need a license with full functionality.</source>
        <translation>Для обновления по расписанию требуется лицензия с полной функциональностью.</translation>
    </message>
    <message>
        <source>The databases have not been updated yet; an update is due now.</source>
        <translation>Базы еще не обновлялись; обновление требуется сейчас.</translation>
    </message>
    <message>
        <source>The last update failed; it is tried again at the time shown.</source>
        <translation>Последнее обновление завершилось с ошибкой; оно будет повторено в указанное время.</translation>
    </message>
    <message>
        <source>The next scheduled update runs at the time shown.</source>
        <translation>Следующее обновление по расписанию будет запущено в указанное время.</translation>
    </message>
</context>
<context>
    <name>LightAgent::UpdatesPage</name>
    <message>
        <source>Updates</source>
        <comment>navigation</comment>
        <extracomment>Navigation entry: the databases, their updates and the license check</extracomment>
        <translation>Обновление</translation>
    </message>
    <message>
        <source>Updates</source>
        <comment>page title</comment>
        <extracomment>Page title: the databases and their updates</extracomment>
        <translation>Обновление</translation>
    </message>
    <message>
        <source>The protection databases come from the vendor&apos;s update service. An update sends five fields, which you can see before they are sent; the answer is installed only if the vendor&apos;s signature on it verifies.</source>
        <translation>Антивирусные базы поступают из службы обновлений поставщика. При обновлении передаются пять полей, которые можно просмотреть перед передачей; ответ устанавливается, только если подпись поставщика на нем прошла проверку.</translation>
    </message>
    <message>
        <source>&amp;Update now…</source>
        <translation>&amp;Обновить сейчас…</translation>
    </message>
    <message>
        <source>Show the exact update request, then send it if you choose.</source>
        <translation>Показать точный запрос обновления, а затем, если вы решите, передать его.</translation>
    </message>
    <message>
        <source>Show the &amp;agreement…</source>
        <translation>Показать со&amp;глашение…</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Базы</translation>
    </message>
    <message>
        <source>Freshness:</source>
        <extracomment>Caption: how recent the installed databases are</extracomment>
        <translation>Актуальность:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Released:</source>
        <extracomment>Caption: when the vendor released the installed databases</extracomment>
        <translation>Выпущены:</translation>
    </message>
    <message>
        <source>Records:</source>
        <extracomment>Caption: the number of records in the databases</extracomment>
        <translation>Записей:</translation>
    </message>
    <message>
        <source>Installed on:</source>
        <translation>Установлены:</translation>
    </message>
    <message>
        <source>Update runs</source>
        <translation>Запуски обновления</translation>
    </message>
    <message>
        <source>Last update:</source>
        <translation>Последнее обновление:</translation>
    </message>
    <message>
        <source>Next scheduled update:</source>
        <translation>Следующее обновление по расписанию:</translation>
    </message>
    <message>
        <source>Run &amp;scheduled updates (once a day)</source>
        <translation>Выполнять обновление по &amp;расписанию (раз в день)</translation>
    </message>
    <message>
        <source>Scheduled updates send the same request as Update now, under the data-provision agreement. Switched off, the databases are updated only when you choose Update now.</source>
        <translation>При обновлении по расписанию передается тот же запрос, что и по кнопке «Обновить сейчас», в рамках соглашения о предоставлении данных. Если этот параметр выключен, базы обновляются только по кнопке «Обновить сейчас».</translation>
    </message>
    <message>
        <source>Data provision:</source>
        <translation>Предоставление данных:</translation>
    </message>
    <message>
        <source>Show the a&amp;greement…</source>
        <translation>Пока&amp;зать соглашение…</translation>
    </message>
    <message>
        <source>Read the vendor&apos;s statement on data provision, and agree or withdraw your agreement.</source>
        <translation>Прочитать заявление поставщика о предоставлении данных и принять соглашение или отозвать согласие.</translation>
    </message>
    <message>
        <source>Freshness: %1</source>
        <translation>Актуальность: %1</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no databases</comment>
        <extracomment>Shown for a property of databases that are not installed</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Running now…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Not agreed. Updates send nothing.</source>
        <translation>Соглашение не принято. При обновлении ничего не передается.</translation>
    </message>
    <message>
        <source>Agreed on %1.</source>
        <translation>Соглашение принято %1.</translation>
    </message>
    <message>
        <source>Withdrawn on %1. Updates send nothing.</source>
        <translation>Согласие отозвано %1. При обновлении ничего не передается.</translation>
    </message>
    <message>
        <source>Data-provision agreement: %1</source>
        <translation>Соглашение о предоставлении данных: %1</translation>
    </message>
    <message>
        <source>Update now is unavailable: updates send data only under the data-provision agreement, which you have not accepted, so nothing is sent. Read the vendor&apos;s statement to decide.</source>
        <translation>Обновить сейчас невозможно: при обновлении данные передаются только в рамках соглашения о предоставлении данных, а вы его не приняли, поэтому ничего не передается. Прочитайте заявление поставщика, чтобы принять решение.</translation>
    </message>
    <message>
        <source>Update now is unavailable. %1</source>
        <translation>Обновить сейчас невозможно. %1</translation>
    </message>
    <message>
        <source>A scheduled update is running now. Its result appears here when it ends.</source>
        <translation>Сейчас выполняется обновление по расписанию. Его результат появится здесь после завершения.</translation>
    </message>
    <message>
        <source>Scheduled updates</source>
        <translation>Обновление по расписанию</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>Параметр не сохранен: %1</translation>
    </message>
</context>
<context>
    <name>LightAgent::VendorProfile</name>
    <message>
        <source>The vendor profile is not valid JSON: %1</source>
        <translation>Профиль поставщика не является корректным JSON: %1</translation>
    </message>
    <message>
        <source>The file is not a vendor profile (format &quot;lightagent-profile/1&quot;).</source>
        <translation>Файл не является профилем поставщика (формат «lightagent-profile/1»).</translation>
    </message>
    <message>
        <source>The vendor profile needs a product solutionId and a four-part solutionVersion.</source>
        <translation>В профиле поставщика должны быть указаны solutionId продукта и solutionVersion из четырех частей.</translation>
    </message>
    <message>
        <source>The vendor profile&apos;s signing key &quot;%1&quot; is not an Ed25519 public key.</source>
        <translation>Ключ подписи «%1» в профиле поставщика не является открытым ключом Ed25519.</translation>
    </message>
    <message>
        <source>The vendor profile trusts no signing key.</source>
        <translation>Профиль поставщика не доверяет ни одному ключу подписи.</translation>
    </message>
    <message>
        <source>A TLS pin in the vendor profile is not a base64 SHA-256.</source>
        <translation>TLS-пин в профиле поставщика не является SHA-256 в кодировке base64.</translation>
    </message>
    <message>
        <source>Demo vendor</source>
        <extracomment>The made-up vendor of the demo profile</extracomment>
        <translation>Демонстрационный поставщик</translation>
    </message>
</context>
<context>
    <name>LightAgent::WarningThresholds</name>
    <message>
        <source>Give at least one number of days, such as 30,14,7,1.</source>
        <translation>Укажите хотя бы одно число дней, например 30,14,7,1.</translation>
    </message>
    <message>
        <source>Give at most 10 numbers of days, such as 30,14,7,1.</source>
        <translation>Укажите не более 10 чисел дней, например 30,14,7,1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days from 1 to 365. Write the days before the end as whole numbers separated by commas, such as 30,14,7,1.</source>
        <translation>«%1» — не число дней от 1 до 365. Укажите дни до окончания целыми числами через запятую, например 30,14,7,1.</translation>
    </message>
    <message>
        <source>%1 days is given twice; give each number of days once.</source>
        <translation>Число дней %1 указано дважды; укажите каждое число один раз.</translation>
    </message>
    <message>
        <source>The stored warning days &quot;%1&quot; cannot be used: %2 Set them again with &apos;lightagent-ctl config set warn-days 30,14,7,1&apos;.</source>
        <translation>Сохранённые дни предупреждений «%1» нельзя использовать: %2 Задайте их заново командой &apos;lightagent-ctl config set warn-days 30,14,7,1&apos;.</translation>
    </message>
</context>
<context>
    <name>LightAgent::WrappedValueLabel</name>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Context menu of a value such as a SHA-256: copies all of it</extracomment>
        <translation>&amp;Копировать</translation>
    </message>
</context>
</TS>
