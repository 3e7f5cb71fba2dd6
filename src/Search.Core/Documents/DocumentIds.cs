using System.Security.Cryptography;
using System.Text;

namespace Search.Core.Documents;

/// <summary>Document identifiers: 16 hex characters of SHA-256 over the document's URL.</summary>
public static class DocumentIds
{
    public static string FromUrl(string url)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(url.Trim()));
        return Convert.ToHexStringLower(hash, 0, 8);
    }

    public static bool IsWellFormed(string id) =>
        id.Length == 16 && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
