# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "{`"app`":`"line1\nline2\r\nline3\ttab \u0001\u0002\u001b[31m\u001f`u{7F} end\r <app>`",`"data`":{`"list`":[`"line1\nline2\r\nline3\ttab \u0001\u0002\u001b[31m\u001f`u{7F} end\r <data>`",1.5,-2,true,null],`"nested`":{`"deeper`":{`"k`":`"line1\nline2\r\nline3\ttab \u0001\u0002\u001b[31m\u001f`u{7F} end\r <data>`"}},`"text`":`"line1\nline2\r\nline3\ttab \u0001\u0002\u001b[31m\u001f`u{7F} end\r <data>`"},`"list_id`":`"line1\nline2\r\nline3\ttab \u0001\u0002\u001b[31m\u001f`u{7F} end\r <list_id>`",`"occurred_at`":`"line1\nline2\r\nline3\ttab \u0001\u0002\u001b[31m\u001f`u{7F} end\r <occurred_at>`",`"source`":`"line1\nline2\r\nline3\ttab \u0001\u0002\u001b[31m\u001f`u{7F} end\r <source>`",`"type`":`"line1\nline2\r\nline3\ttab \u0001\u0002\u001b[31m\u001f`u{7F} end\r <type>`"}"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/v1/line1%0Aline2%0D%0Aline3%09tab%20%01%02%1B%5B31m%1F%7F%20end%0D%20%3Caccount%3E/events" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/json" `
  --header "Idempotency-Key: line1line2line3tab [31m end <Idempotency-Key>" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
