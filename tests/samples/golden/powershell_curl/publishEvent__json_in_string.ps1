# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "{`"app`":`"{\`"a\`":[1,2,{\`"b\`":\`"c\\\`"d\`"}],\`"e\`":\`"\\u0000\`",\`"f\`":null} <app>`",`"data`":{`"list`":[`"{\`"a\`":[1,2,{\`"b\`":\`"c\\\`"d\`"}],\`"e\`":\`"\\u0000\`",\`"f\`":null} <data>`",1.5,-2,true,null],`"nested`":{`"deeper`":{`"k`":`"{\`"a\`":[1,2,{\`"b\`":\`"c\\\`"d\`"}],\`"e\`":\`"\\u0000\`",\`"f\`":null} <data>`"}},`"text`":`"{\`"a\`":[1,2,{\`"b\`":\`"c\\\`"d\`"}],\`"e\`":\`"\\u0000\`",\`"f\`":null} <data>`"},`"list_id`":`"{\`"a\`":[1,2,{\`"b\`":\`"c\\\`"d\`"}],\`"e\`":\`"\\u0000\`",\`"f\`":null} <list_id>`",`"occurred_at`":`"{\`"a\`":[1,2,{\`"b\`":\`"c\\\`"d\`"}],\`"e\`":\`"\\u0000\`",\`"f\`":null} <occurred_at>`",`"source`":`"{\`"a\`":[1,2,{\`"b\`":\`"c\\\`"d\`"}],\`"e\`":\`"\\u0000\`",\`"f\`":null} <source>`",`"type`":`"{\`"a\`":[1,2,{\`"b\`":\`"c\\\`"d\`"}],\`"e\`":\`"\\u0000\`",\`"f\`":null} <type>`"}"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/v1/%7B%22a%22%3A%5B1%2C2%2C%7B%22b%22%3A%22c%5C%22d%22%7D%5D%2C%22e%22%3A%22%5Cu0000%22%2C%22f%22%3Anull%7D%20%3Caccount%3E/events" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/json" `
  --header "Idempotency-Key: {`"a`":[1,2,{`"b`":`"c\`"d`"}],`"e`":`"\u0000`",`"f`":null} <Idempotency-Key>" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
