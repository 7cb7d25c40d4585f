# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "app=%40%2Fetc%2Fhostname%20_under%20%2Fslash%20-dash%20%3Deq%20%3Acolon%20%3Capp%3E&event=%40%2Fetc%2Fhostname%20_under%20%2Fslash%20-dash%20%3Deq%20%3Acolon%20%3Cevent%3E&url=%40%2Fetc%2Fhostname%20_under%20%2Fslash%20-dash%20%3Deq%20%3Acolon%20%3Curl%3E"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/webservice/%40%2Fetc%2Fhostname%20_under%20%2Fslash%20-dash%20%3Deq%20%3Acolon%20%3Caccount%3E/CreateWebHook" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/x-www-form-urlencoded" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
