# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
curl.exe --globoff --silent --show-error --request DELETE "http://localhost:8080/v1/C%3A%5Cpath%5Cto%5Cnew%20%5C%5Cserver%5Cshare%20%5Cx41%20%5Cu0041%20%5Cn%20%5C%22%20%5C%3D%20%5C%20%3Caccount%3E/webhooks/C%3A%5Cpath%5Cto%5Cnew%20%5C%5Cserver%5Cshare%20%5Cx41%20%5Cu0041%20%5Cn%20%5C%22%20%5C%3D%20%5C%20%3Cid%3E" `
  --header "Authorization: Bearer YOUR_API_KEY"
