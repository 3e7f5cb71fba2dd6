namespace Search.Host.Hosting;

/// <summary>
/// The security headers of every answer (pages, API, static files, errors): a Content-Security-Policy that allows
/// only this origin's scripts, styles, fonts and images (the DSFR's icons are also data: URIs) and no framing,
/// <c>X-Content-Type-Options: nosniff</c>, <c>X-Frame-Options: DENY</c> for older browsers, and a referrer policy that
/// sends only the origin to other sites (the query stays here).
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
