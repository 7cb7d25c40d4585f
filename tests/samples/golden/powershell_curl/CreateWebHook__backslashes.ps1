# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "app=C%3A%5Cpath%5Cto%5Cnew%20%5C%5Cserver%5Cshare%20%5Cx41%20%5Cu0041%20%5Cn%20%5C%22%20%5C%3D%20%5C%20%3Capp%3E&event=C%3A%5Cpath%5Cto%5Cnew%20%5C%5Cserver%5Cshare%20%5Cx41%20%5Cu0041%20%5Cn%20%5C%22%20%5C%3D%20%5C%20%3Cevent%3E&url=C%3A%5Cpath%5Cto%5Cnew%20%5C%5Cserver%5Cshare%20%5Cx41%20%5Cu0041%20%5Cn%20%5C%22%20%5C%3D%20%5C%20%3Curl%3E"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/webservice/C%3A%5Cpath%5Cto%5Cnew%20%5C%5Cserver%5Cshare%20%5Cx41%20%5Cu0041%20%5Cn%20%5C%22%20%5C%3D%20%5C%20%3Caccount%3E/CreateWebHook" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/x-www-form-urlencoded" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
