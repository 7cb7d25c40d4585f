# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "app=%24HOME%20%24%28id%29%20%24%7BPATH%7D%20%60id%60%20%21%21%20%21-1%20%23not%20a%20comment%20%3B%20%26%26%20%7C%20%3E%20%2Fdev%2Fnull%20%3Capp%3E&event=%24HOME%20%24%28id%29%20%24%7BPATH%7D%20%60id%60%20%21%21%20%21-1%20%23not%20a%20comment%20%3B%20%26%26%20%7C%20%3E%20%2Fdev%2Fnull%20%3Cevent%3E&url=%24HOME%20%24%28id%29%20%24%7BPATH%7D%20%60id%60%20%21%21%20%21-1%20%23not%20a%20comment%20%3B%20%26%26%20%7C%20%3E%20%2Fdev%2Fnull%20%3Curl%3E"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/webservice/%24HOME%20%24%28id%29%20%24%7BPATH%7D%20%60id%60%20%21%21%20%21-1%20%23not%20a%20comment%20%3B%20%26%26%20%7C%20%3E%20%2Fdev%2Fnull%20%3Caccount%3E/CreateWebHook" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/x-www-form-urlencoded" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
