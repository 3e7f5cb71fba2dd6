using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Documents;

namespace Search.Bench;

/// <summary>
/// <c>Bench index-dump &lt;index&gt; &lt;out&gt;</c>: every live document of an index as text lines keyed by its id, so that two
/// indexes of the same files can be compared whatever their segments and document numbers: each stored field but
/// <c>indexed_at</c> (in stored order), each doc value, each norm, and each posting (field, term, frequency, positions,
/// offsets, payloads). The lines are written unsorted; sort them (<c>LC_ALL=C sort</c>) and diff or hash the results: equal
/// dumps mean the same documents, the same stored fields and the same terms with the same statistics. Used to show that
/// an ingest change does not change what gets indexed.
/// </summary>
public static class IndexDumpBench
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: Bench index-dump <index> <out>");
            return 2;
        }
        long lines = 0;
        using var output = new StreamWriter(args[2], false, new UTF8Encoding(false), 1 << 20);
        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(args[1]));
        void Write(string line)
        {
            output.Write(line);
            output.Write('\n');
            lines++;
        }
        var documents = 0;
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var live = segment.LiveDocs;
            var ids = new string?[segment.MaxDoc];
            for (var d = 0; d < segment.MaxDoc; d++)
            {
                if (live is not null && !live.Get(d)) continue;
                var doc = segment.Document(d);
                var id = ids[d] = doc.Get(Schema.Id);
                documents++;
                var n = 0;
                foreach (var field in doc.Fields)
                {
                    if (field.Name == Schema.IndexedAt) continue;
                    Write($"S\t{id}\t{n++}\t{field.Name}\t{Escape(StoredValue(field))}");
                }
            }

            foreach (var info in segment.FieldInfos)
            {
                var name = info.Name;
                if (info.HasNorms && segment.GetNormValues(name) is { } norms)
                    for (var d = 0; d < segment.MaxDoc; d++)
                        if (ids[d] is { } id) Write($"N\t{id}\t{name}\t{norms.Get(d)}");
                switch (info.DocValuesType)
                {
                    case DocValuesType.NUMERIC:
                        var numeric = segment.GetNumericDocValues(name);
                        for (var d = 0; d < segment.MaxDoc; d++)
                            if (ids[d] is { } id) Write($"DN\t{id}\t{name}\t{numeric.Get(d)}");
                        break;
                    case DocValuesType.BINARY:
                        var binary = segment.GetBinaryDocValues(name);
                        var bytes = new BytesRef();
                        for (var d = 0; d < segment.MaxDoc; d++)
                        {
                            if (ids[d] is not { } id) continue;
                            binary.Get(d, bytes);
                            Write($"DB\t{id}\t{name}\t{Convert.ToHexString(bytes.Bytes, bytes.Offset, bytes.Length)}");
                        }
                        break;
                    case DocValuesType.SORTED:
                        var sorted = segment.GetSortedDocValues(name);
                        var value = new BytesRef();
                        for (var d = 0; d < segment.MaxDoc; d++)
                        {
                            if (ids[d] is not { } id) continue;
                            sorted.Get(d, value);
                            Write($"DS\t{id}\t{name}\t{Escape(value.Utf8ToString())}");
                        }
                        break;
                    case DocValuesType.SORTED_SET:
                        var set = segment.GetSortedSetDocValues(name);
                        var item = new BytesRef();
                        for (var d = 0; d < segment.MaxDoc; d++)
                        {
                            if (ids[d] is not { } id) continue;
                            set.SetDocument(d);
                            var values = new List<string>();
                            for (var ord = set.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = set.NextOrd())
                            {
                                set.LookupOrd(ord, item);
                                values.Add(Escape(item.Utf8ToString()));
                            }
                            Write($"DSS\t{id}\t{name}\t{string.Join('|', values)}");
                        }
                        break;
                }
            }

            var fields = segment.Fields;
            if (fields is null) continue;
            var line = new StringBuilder();
            foreach (var name in fields)
            {
                var info = segment.FieldInfos.FieldInfo(name);
                var terms = fields.GetTerms(name);
                if (terms is null) continue;
                var iterator = terms.GetEnumerator();
                DocsEnum? docs = null;
                DocsAndPositionsEnum? positions = null;
                while (iterator.MoveNext())
                {
                    var term = Escape(iterator.Term.Utf8ToString());
                    var withPositions = info.IndexOptions >= IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
                    DocsEnum current;
                    if (withPositions) current = positions = iterator.DocsAndPositions(live, positions, DocsAndPositionsFlags.OFFSETS | DocsAndPositionsFlags.PAYLOADS);
                    else current = docs = iterator.Docs(live, docs, DocsFlags.FREQS);
                    for (var d = current.NextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = current.NextDoc())
                    {
                        line.Clear().Append("P\t").Append(ids[d]).Append('\t').Append(name).Append('\t').Append(term).Append('\t')
                            .Append(info.IndexOptions >= IndexOptions.DOCS_AND_FREQS ? current.Freq : 1);
                        if (withPositions)
                        {
                            var p = (DocsAndPositionsEnum)current;
                            for (var i = 0; i < p.Freq; i++)
                            {
                                line.Append(' ').Append(p.NextPosition());
                                if (info.IndexOptions >= IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS)
                                    line.Append(':').Append(p.StartOffset).Append('-').Append(p.EndOffset);
                                if (p.GetPayload() is { Length: > 0 } payload)
                                    line.Append('/').Append(Convert.ToHexString(payload.Bytes, payload.Offset, payload.Length));
                            }
                        }
                        Write(line.ToString());
                    }
                }
            }
        }
        Console.WriteLine($"{documents} documents, {reader.Leaves.Count} segments, {lines} lines");
        return 0;
    }

    private static string StoredValue(IIndexableField field) =>
        field.GetStringValue() is { } text ? "s:" + text
        : field.GetBinaryValue() is { } bytes ? "b:" + Convert.ToHexString(bytes.Bytes, bytes.Offset, bytes.Length)
        : field.GetInt64Value() is { } number ? "n:" + number.ToString(CultureInfo.InvariantCulture)
        : field.GetDoubleValue() is { } real ? "d:" + real.ToString("R", CultureInfo.InvariantCulture)
        : "?";

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
