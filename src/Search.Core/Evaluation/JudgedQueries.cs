namespace Search.Core.Evaluation;

/// <summary>A judged query: its text, kind, and the grade (0-3) of each judged file.</summary>
public sealed record JudgedQuery(string Id, string Text, string Kind, IReadOnlyDictionary<string, int> Grades)
{
    /// <summary>
    /// A query with no relevant document (no qrels row, or only grade-0 rows: documents judged and found irrelevant):
    /// the right answer is no confident hit. Such queries are counted apart from the graded means.
    /// </summary>
    public bool ExpectsNoAnswer => !Grades.Values.Any(g => g > 0);
}

/// <summary>
/// Reads a judged query set in the format of ../shared/eval: a queries file
/// (<c>qid, query, kind, note</c>) and a qrels file (<c>qid, file, grade</c>), tab-separated with a header.
/// </summary>
public static class JudgedQueries
{
    public static IReadOnlyList<JudgedQuery> Load(string queriesPath, string qrelsPath)
    {
        var grades = new Dictionary<string, Dictionary<string, int>>();
        foreach (var (line, cells) in Rows(qrelsPath, 3))
        {
            if (!int.TryParse(cells[2], out var grade) || grade < 0)
                throw new FormatException($"{qrelsPath}:{line}: the grade must be a whole number, not '{cells[2]}'.");
            if (!grades.TryGetValue(cells[0], out var files)) grades[cells[0]] = files = new Dictionary<string, int>(StringComparer.Ordinal);
            files[cells[1]] = grade;
        }
        var queries = new List<JudgedQuery>();
        foreach (var (_, cells) in Rows(queriesPath, 2))
        {
            queries.Add(new JudgedQuery(cells[0], cells[1], cells.Length > 2 ? cells[2] : "",
                grades.TryGetValue(cells[0], out var g) ? g : new Dictionary<string, int>()));
        }
        var unknown = grades.Keys.Except(queries.Select(q => q.Id)).ToList();
        if (unknown.Count > 0) throw new FormatException($"{qrelsPath}: judgements for unknown queries: {string.Join(", ", unknown)}.");
        return queries;
    }

    private static IEnumerable<(int Line, string[] Cells)> Rows(string path, int minCells)
    {
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            if (number == 1 || raw.Trim().Length == 0) continue;
            var cells = raw.Split('\t');
            if (cells.Length < minCells) throw new FormatException($"{path}:{number}: expected at least {minCells} tab-separated columns.");
            yield return (number, cells);
        }
    }
}
