using System.Text;

namespace Search.Core.Analysis;

/// <summary>
/// A data file the system provides (a Debian package's: the word list, the thesaurus), at its default path or at the one an
/// environment variable names; read line by line inside one guard, so that a missing or unreadable file is no data.
/// </summary>
internal static class SystemDataFile
{
    /// <summary>The path named by <paramref name="variable"/>, or <paramref name="defaultPath"/> when it is unset or blank.</summary>
    public static string PathOf(string variable, string defaultPath)
    {
        var path = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(path) ? defaultPath : path;
    }

    /// <summary>What <paramref name="build"/> makes of the file's lines (UTF-8), or <paramref name="empty"/> when the file does not
    /// exist or cannot be read (also while <paramref name="build"/> reads it).</summary>
    public static T Read<T>(string path, Func<IEnumerable<string>, T> build, T empty)
    {
        try
        {
            if (File.Exists(path)) return build(File.ReadLines(path, Encoding.UTF8));
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return empty;
    }
}
