# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
curl.exe --globoff --silent --show-error --request GET "http://localhost:8080/v1/100%25%20off%20%26%20a%3Db%3Fc%23d%2Fe%3Bf%2Bg%20h%2Ci%3Aj%40k%21l%2Am%28n%29o%27p%20%3Caccount%3E/webhooks?app=100%25%20off%20%26%20a%3Db%3Fc%23d%2Fe%3Bf%2Bg%20h%2Ci%3Aj%40k%21l%2Am%28n%29o%27p%20%3Capp%3E&event=100%25%20off%20%26%20a%3Db%3Fc%23d%2Fe%3Bf%2Bg%20h%2Ci%3Aj%40k%21l%2Am%28n%29o%27p%20%3Cevent%3E&active=true" `
  --header "Authorization: Bearer YOUR_API_KEY"
