# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "app=100%25%20off%20%26%20a%3Db%3Fc%23d%2Fe%3Bf%2Bg%20h%2Ci%3Aj%40k%21l%2Am%28n%29o%27p%20%3Capp%3E&event=100%25%20off%20%26%20a%3Db%3Fc%23d%2Fe%3Bf%2Bg%20h%2Ci%3Aj%40k%21l%2Am%28n%29o%27p%20%3Cevent%3E&url=100%25%20off%20%26%20a%3Db%3Fc%23d%2Fe%3Bf%2Bg%20h%2Ci%3Aj%40k%21l%2Am%28n%29o%27p%20%3Curl%3E"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/webservice/100%25%20off%20%26%20a%3Db%3Fc%23d%2Fe%3Bf%2Bg%20h%2Ci%3Aj%40k%21l%2Am%28n%29o%27p%20%3Caccount%3E/CreateWebHook" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/x-www-form-urlencoded" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
