# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "{`"app`":`"100% off & a=b?c#d/e;f+g h,i:j@k!l*m(n)o'p <app>`",`"data`":{`"list`":[`"100% off & a=b?c#d/e;f+g h,i:j@k!l*m(n)o'p <data>`",1.5,-2,true,null],`"nested`":{`"deeper`":{`"k`":`"100% off & a=b?c#d/e;f+g h,i:j@k!l*m(n)o'p <data>`"}},`"text`":`"100% off & a=b?c#d/e;f+g h,i:j@k!l*m(n)o'p <data>`"},`"list_id`":`"100% off & a=b?c#d/e;f+g h,i:j@k!l*m(n)o'p <list_id>`",`"occurred_at`":`"100% off & a=b?c#d/e;f+g h,i:j@k!l*m(n)o'p <occurred_at>`",`"source`":`"100% off & a=b?c#d/e;f+g h,i:j@k!l*m(n)o'p <source>`",`"type`":`"100% off & a=b?c#d/e;f+g h,i:j@k!l*m(n)o'p <type>`"}"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/v1/100%25%20off%20%26%20a%3Db%3Fc%23d%2Fe%3Bf%2Bg%20h%2Ci%3Aj%40k%21l%2Am%28n%29o%27p%20%3Caccount%3E/events" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/json" `
  --header "Idempotency-Key: 100% off & a=b?c#d/e;f+g h,i:j@k!l*m(n)o'p <Idempotency-Key>" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
