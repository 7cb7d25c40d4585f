# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "{`"app`":`"it's \`"double\`" and 'single' '' \`"\`" \\' <app>`",`"data`":{`"list`":[`"it's \`"double\`" and 'single' '' \`"\`" \\' <data>`",1.5,-2,true,null],`"nested`":{`"deeper`":{`"k`":`"it's \`"double\`" and 'single' '' \`"\`" \\' <data>`"}},`"text`":`"it's \`"double\`" and 'single' '' \`"\`" \\' <data>`"},`"list_id`":`"it's \`"double\`" and 'single' '' \`"\`" \\' <list_id>`",`"occurred_at`":`"it's \`"double\`" and 'single' '' \`"\`" \\' <occurred_at>`",`"source`":`"it's \`"double\`" and 'single' '' \`"\`" \\' <source>`",`"type`":`"it's \`"double\`" and 'single' '' \`"\`" \\' <type>`"}"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/v1/it%27s%20%22double%22%20and%20%27single%27%20%27%27%20%22%22%20%5C%27%20%3Caccount%3E/events" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/json" `
  --header "Idempotency-Key: it's `"double`" and 'single' '' `"`" \' <Idempotency-Key>" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
