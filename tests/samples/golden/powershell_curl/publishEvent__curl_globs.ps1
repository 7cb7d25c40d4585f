# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "{`"app`":`"[]{}[0-9]{a,b}*?[ ] <app>`",`"data`":{`"list`":[`"[]{}[0-9]{a,b}*?[ ] <data>`",1.5,-2,true,null],`"nested`":{`"deeper`":{`"k`":`"[]{}[0-9]{a,b}*?[ ] <data>`"}},`"text`":`"[]{}[0-9]{a,b}*?[ ] <data>`"},`"list_id`":`"[]{}[0-9]{a,b}*?[ ] <list_id>`",`"occurred_at`":`"[]{}[0-9]{a,b}*?[ ] <occurred_at>`",`"source`":`"[]{}[0-9]{a,b}*?[ ] <source>`",`"type`":`"[]{}[0-9]{a,b}*?[ ] <type>`"}"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/v1/%5B%5D%7B%7D%5B0-9%5D%7Ba%2Cb%7D%2A%3F%5B%20%5D%20%3Caccount%3E/events" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/json" `
  --header "Idempotency-Key: []{}[0-9]{a,b}*?[ ] <Idempotency-Key>" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
