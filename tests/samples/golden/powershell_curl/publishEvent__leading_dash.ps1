# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "{`"app`":`"-X DELETE --data @/etc/passwd -o /tmp/x <app>`",`"data`":{`"list`":[`"-X DELETE --data @/etc/passwd -o /tmp/x <data>`",1.5,-2,true,null],`"nested`":{`"deeper`":{`"k`":`"-X DELETE --data @/etc/passwd -o /tmp/x <data>`"}},`"text`":`"-X DELETE --data @/etc/passwd -o /tmp/x <data>`"},`"list_id`":`"-X DELETE --data @/etc/passwd -o /tmp/x <list_id>`",`"occurred_at`":`"-X DELETE --data @/etc/passwd -o /tmp/x <occurred_at>`",`"source`":`"-X DELETE --data @/etc/passwd -o /tmp/x <source>`",`"type`":`"-X DELETE --data @/etc/passwd -o /tmp/x <type>`"}"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/v1/-X%20DELETE%20--data%20%40%2Fetc%2Fpasswd%20-o%20%2Ftmp%2Fx%20%3Caccount%3E/events" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/json" `
  --header "Idempotency-Key: -X DELETE --data @/etc/passwd -o /tmp/x <Idempotency-Key>" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
