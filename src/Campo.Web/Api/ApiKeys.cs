using System.Security.Cryptography;
using System.Text;
using Campo.Reports.Localization;
using Microsoft.Extensions.Options;

namespace Campo.Web.Api;

/// <summary>
/// Optional API keys, for a server exposed beyond loopback (<c>campo serve --api-key-file FILE</c>). When keys are
/// set, every request but the OpenAPI description must present one in <c>X-Api-Key</c> or
/// <c>Authorization: Bearer KEY</c>; a browser may give it once as <c>?key=KEY</c>, kept in an HTTP-only cookie.
/// Keys are compared by their SHA-256 hashes in constant time; the server never holds them in clear after start.
/// Without keys (the default, on loopback) every request passes.
/// </summary>
public sealed class ApiKeys(RequestDelegate next, IOptions<CampoWebOptions> options)
{
    /// <summary>The header that carries the key.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>The cookie (and query parameter) that carries it for a browser.</summary>
    public const string Cookie = "campo_key";

    /// <summary>Passes a request that presents a known key (or any request when no keys are set); otherwise 401.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hashes = options.Value.ApiKeyHashes;
        if (hashes.Count == 0 || context.Request.Path.StartsWithSegments("/openapi", StringComparison.Ordinal))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var fromQuery = context.Request.Query["key"].ToString();
        var presented = FirstNonEmpty(
            context.Request.Headers[Header].ToString(),
            Bearer(context.Request.Headers.Authorization.ToString()),
            fromQuery,
            context.Request.Cookies[Cookie]);
        if (presented is not null && Known(hashes, presented))
        {
            if (fromQuery.Length > 0)
            {
                context.Response.Cookies.Append(Cookie, fromQuery, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps });
            }

            await next(context).ConfigureAwait(false);
            return;
        }

        var text = RequestLanguage.Of(context);
        context.Response.Headers.WWWAuthenticate = "Bearer realm=\"campo\"";
        await TypedResults.Problem(text[nameof(Strings.Api_UnauthorizedDetail)], statusCode: StatusCodes.Status401Unauthorized, title: text[nameof(Strings.Api_Unauthorized)])
            .ExecuteAsync(context).ConfigureAwait(false);
    }

    /// <summary>The SHA-256 hash of a key.</summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key ?? string.Empty));

    private static bool Known(IReadOnlyList<byte[]> hashes, string presented)
    {
        var hash = Hash(presented);
        var found = false;
        foreach (var known in hashes)
        {
            found |= CryptographicOperations.FixedTimeEquals(known, hash);
        }

        return found;
    }

    private static string? Bearer(string authorization) =>
        authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
