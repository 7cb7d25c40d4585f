# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "{`"active`":true,`"app`":`"[]{}[0-9]{a,b}*?[ ] <app>`",`"basic_auth`":{`"list`":[`"[]{}[0-9]{a,b}*?[ ] <basic_auth>`",1.5,-2,true,null],`"nested`":{`"deeper`":{`"k`":`"[]{}[0-9]{a,b}*?[ ] <basic_auth>`"}},`"text`":`"[]{}[0-9]{a,b}*?[ ] <basic_auth>`"},`"batch_max`":1,`"connect_timeout_ms`":3000,`"encryption_key`":`"[]{}[0-9]{a,b}*?[ ] <encryption_key>`",`"event`":`"[]{}[0-9]{a,b}*?[ ] <event>`",`"filter`":{`"list`":[`"[]{}[0-9]{a,b}*?[ ] <filter>`",1.5,-2,true,null],`"nested`":{`"deeper`":{`"k`":`"[]{}[0-9]{a,b}*?[ ] <filter>`"}},`"text`":`"[]{}[0-9]{a,b}*?[ ] <filter>`"},`"headers`":[`"[]{}[0-9]{a,b}*?[ ] <headers>`",{`"name`":`"[]{}[0-9]{a,b}*?[ ] <headers>`"}],`"list_id`":`"[]{}[0-9]{a,b}*?[ ] <list_id>`",`"method`":`"[]{}[0-9]{a,b}*?[ ] <method>`",`"ordering`":`"[]{}[0-9]{a,b}*?[ ] <ordering>`",`"parameters`":[`"[]{}[0-9]{a,b}*?[ ] <parameters>`",{`"name`":`"[]{}[0-9]{a,b}*?[ ] <parameters>`"}],`"retry_policy`":{`"list`":[`"[]{}[0-9]{a,b}*?[ ] <retry_policy>`",1.5,-2,true,null],`"nested`":{`"deeper`":{`"k`":`"[]{}[0-9]{a,b}*?[ ] <retry_policy>`"}},`"text`":`"[]{}[0-9]{a,b}*?[ ] <retry_policy>`"},`"source`":`"[]{}[0-9]{a,b}*?[ ] <source>`",`"timeout_ms`":10000,`"url`":`"[]{}[0-9]{a,b}*?[ ] <url>`",`"user`":`"[]{}[0-9]{a,b}*?[ ] <user>`"}"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/v1/%5B%5D%7B%7D%5B0-9%5D%7Ba%2Cb%7D%2A%3F%5B%20%5D%20%3Caccount%3E/webhooks" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/json" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
