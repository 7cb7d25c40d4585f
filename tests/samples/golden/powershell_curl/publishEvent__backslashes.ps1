# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "{`"app`":`"C:\\path\\to\\new \\\\server\\share \\x41 \\u0041 \\n \\\`" \\= \\ <app>`",`"data`":{`"list`":[`"C:\\path\\to\\new \\\\server\\share \\x41 \\u0041 \\n \\\`" \\= \\ <data>`",1.5,-2,true,null],`"nested`":{`"deeper`":{`"k`":`"C:\\path\\to\\new \\\\server\\share \\x41 \\u0041 \\n \\\`" \\= \\ <data>`"}},`"text`":`"C:\\path\\to\\new \\\\server\\share \\x41 \\u0041 \\n \\\`" \\= \\ <data>`"},`"list_id`":`"C:\\path\\to\\new \\\\server\\share \\x41 \\u0041 \\n \\\`" \\= \\ <list_id>`",`"occurred_at`":`"C:\\path\\to\\new \\\\server\\share \\x41 \\u0041 \\n \\\`" \\= \\ <occurred_at>`",`"source`":`"C:\\path\\to\\new \\\\server\\share \\x41 \\u0041 \\n \\\`" \\= \\ <source>`",`"type`":`"C:\\path\\to\\new \\\\server\\share \\x41 \\u0041 \\n \\\`" \\= \\ <type>`"}"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/v1/C%3A%5Cpath%5Cto%5Cnew%20%5C%5Cserver%5Cshare%20%5Cx41%20%5Cu0041%20%5Cn%20%5C%22%20%5C%3D%20%5C%20%3Caccount%3E/events" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/json" `
  --header "Idempotency-Key: C:\path\to\new \\server\share \x41 \u0041 \n \`" \= \ <Idempotency-Key>" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
