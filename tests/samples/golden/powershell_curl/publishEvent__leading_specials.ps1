# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "{`"app`":`"@/etc/hostname _under /slash -dash =eq :colon <app>`",`"data`":{`"list`":[`"@/etc/hostname _under /slash -dash =eq :colon <data>`",1.5,-2,true,null],`"nested`":{`"deeper`":{`"k`":`"@/etc/hostname _under /slash -dash =eq :colon <data>`"}},`"text`":`"@/etc/hostname _under /slash -dash =eq :colon <data>`"},`"list_id`":`"@/etc/hostname _under /slash -dash =eq :colon <list_id>`",`"occurred_at`":`"@/etc/hostname _under /slash -dash =eq :colon <occurred_at>`",`"source`":`"@/etc/hostname _under /slash -dash =eq :colon <source>`",`"type`":`"@/etc/hostname _under /slash -dash =eq :colon <type>`"}"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/v1/%40%2Fetc%2Fhostname%20_under%20%2Fslash%20-dash%20%3Deq%20%3Acolon%20%3Caccount%3E/events" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/json" `
  --header "Idempotency-Key: @/etc/hostname _under /slash -dash =eq :colon <Idempotency-Key>" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
