# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "{`"app`":`"`u{1F600}`u{1F44D}`u{1F3FD}`u{1F1E9}`u{1F1EA} `u{2028} line sep `u{2029} para sep <app>`",`"data`":{`"list`":[`"`u{1F600}`u{1F44D}`u{1F3FD}`u{1F1E9}`u{1F1EA} `u{2028} line sep `u{2029} para sep <data>`",1.5,-2,true,null],`"nested`":{`"deeper`":{`"k`":`"`u{1F600}`u{1F44D}`u{1F3FD}`u{1F1E9}`u{1F1EA} `u{2028} line sep `u{2029} para sep <data>`"}},`"text`":`"`u{1F600}`u{1F44D}`u{1F3FD}`u{1F1E9}`u{1F1EA} `u{2028} line sep `u{2029} para sep <data>`"},`"list_id`":`"`u{1F600}`u{1F44D}`u{1F3FD}`u{1F1E9}`u{1F1EA} `u{2028} line sep `u{2029} para sep <list_id>`",`"occurred_at`":`"`u{1F600}`u{1F44D}`u{1F3FD}`u{1F1E9}`u{1F1EA} `u{2028} line sep `u{2029} para sep <occurred_at>`",`"source`":`"`u{1F600}`u{1F44D}`u{1F3FD}`u{1F1E9}`u{1F1EA} `u{2028} line sep `u{2029} para sep <source>`",`"type`":`"`u{1F600}`u{1F44D}`u{1F3FD}`u{1F1E9}`u{1F1EA} `u{2028} line sep `u{2029} para sep <type>`"}"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/v1/%F0%9F%98%80%F0%9F%91%8D%F0%9F%8F%BD%F0%9F%87%A9%F0%9F%87%AA%20%E2%80%A8%20line%20sep%20%E2%80%A9%20para%20sep%20%3Caccount%3E/events" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/json" `
  --header "Idempotency-Key: line sep  para sep <Idempotency-Key>" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
