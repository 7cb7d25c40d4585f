# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
curl.exe --globoff --silent --show-error --request DELETE "http://localhost:8080/v1/%40%2Fetc%2Fhostname%20_under%20%2Fslash%20-dash%20%3Deq%20%3Acolon%20%3Caccount%3E/webhooks/%40%2Fetc%2Fhostname%20_under%20%2Fslash%20-dash%20%3Deq%20%3Acolon%20%3Cid%3E" `
  --header "Authorization: Bearer YOUR_API_KEY"
