using System.Security.Cryptography;

namespace Search.Pipeline.Crawling;

/// <summary>
/// Fetched bodies, content-addressed: <c>&lt;data&gt;/store/ab/cd/&lt;sha256&gt;</c>. A file is named by the
/// hash of its bytes only — never by a name from the URL or a Content-Disposition header — so the
/// same PDF linked from two pages is stored once, and a body is written to a temporary file first and
/// moved in place atomically (a killed process never leaves half a file under a hash name).
/// </summary>
public sealed class BodyStore
{
    public string Root { get; }
    private string TempRoot => Path.Combine(Root, "tmp");

    public BodyStore(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(TempRoot);
    }

    public static bool IsHash(string hash) =>
        hash.Length == 64 && hash.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    public string PathOf(string hash)
    {
        if (!IsHash(hash)) throw new ArgumentException($"Not a SHA-256 hex digest: '{hash}'", nameof(hash));
        return Path.Combine(Root, hash[..2], hash[2..4], hash);
    }

    public bool Contains(string hash) => IsHash(hash) && File.Exists(PathOf(hash));

    /// <summary>A new temporary file inside the store (same volume, so that <see cref="Commit"/> is a rename).</summary>
    public string NewTempFile() => Path.Combine(TempRoot, Guid.NewGuid().ToString("N") + ".part");

    /// <summary>Moves a finished temporary file to its hash name; returns the final path.</summary>
    public string Commit(string tempFile, string hash)
    {
        var target = PathOf(hash);
        if (File.Exists(target))
        {
            File.Delete(tempFile);
            return target;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(tempFile, target);
        }
        catch (IOException) when (File.Exists(target))
        {
            File.Delete(tempFile); // another writer stored the same bytes meanwhile
        }
        return target;
    }

    /// <summary>Stores bytes (used by connectors and tests); returns the hash.</summary>
    public string Put(ReadOnlySpan<byte> bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (Contains(hash)) return hash;
        var temp = NewTempFile();
        File.WriteAllBytes(temp, bytes.ToArray());
        Commit(temp, hash);
        return hash;
    }

    /// <summary>Removes temporary files left by a killed process.</summary>
    public void CleanTemp()
    {
        foreach (var f in Directory.EnumerateFiles(TempRoot))
        {
            try { File.Delete(f); } catch (IOException) { }
        }
    }
}
