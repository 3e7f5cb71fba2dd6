using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Search.Host.Contracts;

/// <summary>
/// <c>Staff:*</c>: who may read staff data (the query log). <c>Token</c> is a shared secret (at least
/// 32 characters), sent as <c>Authorization: Bearer …</c> or entered once in the sign-in form, which sets a
/// cookie; <c>ProxyHeader</c> names a header that a trusted reverse proxy sets, after its own
/// authentication, on staff requests (and strips from every other request). Neither set: staff data is off.
/// </summary>
public sealed class StaffSettings
{
    [MinLength(32, ErrorMessage = "Staff:Token must be at least 32 characters long (a random secret).")]
    public string? Token { get; set; }

    [RegularExpression("^[A-Za-z0-9-]+$", ErrorMessage = "Staff:ProxyHeader must be a header name such as X-Staff-User.")]
    public string? ProxyHeader { get; set; }
}

/// <summary>Decides whether a request comes from staff; shared by the query log's API and its page.</summary>
public sealed class StaffAccess(StaffSettings settings, TimeProvider time)
{
    public const string CookieName = "staff_session";
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(12);

    private readonly byte[]? _token = string.IsNullOrEmpty(settings.Token) ? null : Encoding.UTF8.GetBytes(settings.Token);
    private readonly string? _header = string.IsNullOrEmpty(settings.ProxyHeader) ? null : settings.ProxyHeader;

    /// <summary>False when neither a token nor a proxy header is configured: staff pages and endpoints answer 404.</summary>
    public bool IsEnabled => _token is not null || _header is not null;

    /// <summary>True when signing in with the token is possible (the page's form).</summary>
    public bool AcceptsToken => _token is not null;

    public bool IsStaff(HttpContext context)
    {
        var request = context.Request;
        if (_header is not null && !string.IsNullOrWhiteSpace(request.Headers[_header].ToString())) return true;
        if (_token is null) return false;
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && TokenMatches(authorization["Bearer ".Length..].Trim())) return true;
        return request.Cookies.TryGetValue(CookieName, out var cookie) && IsValidSession(cookie);
    }

    public bool TokenMatches(string? candidate) =>
        _token is not null && candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _token);

    /// <summary>
    /// Sets the session cookie: its expiry and an HMAC of it keyed by the token, never the token itself
    /// (changing the token signs everyone out; a copied cookie stops working after <see cref="SessionLifetime"/>).
    /// </summary>
    public void SignIn(HttpContext context) => context.Response.Cookies.Append(CookieName, SessionValue(time.GetUtcNow() + SessionLifetime), new CookieOptions
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        MaxAge = SessionLifetime,
    });

    public void SignOut(HttpContext context) => context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });

    private string SessionValue(DateTimeOffset expires)
    {
        var stamp = expires.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return stamp + "." + Convert.ToHexString(HMACSHA256.HashData(_token ?? [], Encoding.UTF8.GetBytes("staff session until " + stamp)));
    }

    private bool IsValidSession(string cookie)
    {
        var dot = cookie.IndexOf('.');
        if (dot <= 0 || !long.TryParse(cookie.AsSpan(0, dot), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)) return false;
        if (seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()) return false;
        var expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return expires > time.GetUtcNow()
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(cookie), Encoding.ASCII.GetBytes(SessionValue(expires)));
    }
}
