using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Indexing;

/// <summary>
/// Indexes the document's <see cref="StringField"/>s (ids, facets, territory keys: 30 to 80 a document) through one
/// reusable single-token stream per thread (and its <see cref="Int64Field"/>s through a reusable numeric stream). Lucene's <see cref="Field"/> makes a new stream for each, and each new
/// stream takes a process-wide lock per attribute (<c>DefaultAttributeFactory</c>), on which the indexing threads
/// queued. The token is the one Lucene's own stream gives: the whole value, offsets 0..length, then the same end
/// state; name, type, stored value and boost are the field's.
/// </summary>
internal static class KeywordFields
{
    /// <summary>Replaces each <see cref="StringField"/> of the document by a wrapper with the shared stream.</summary>
    public static void Apply(Document document)
    {
        var fields = document.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i] is StringField field && field.GetStringValue() is not null) fields[i] = new Keyword(field);
            else if (fields[i] is Int64Field number && number.FieldType.IsIndexed && number.GetInt64Value() is not null) fields[i] = new Keyword(number);
        }
    }

    private sealed class Keyword(Field inner) : IIndexableField
    {
        [ThreadStatic] private static KeywordStream? t_stream;

        public string Name => inner.Name;
        public IIndexableFieldType IndexableFieldType => inner.IndexableFieldType;
        public float Boost => inner.Boost;
        public BytesRef GetBinaryValue() => inner.GetBinaryValue();
        public string GetStringValue() => inner.GetStringValue();
        public string GetStringValue(IFormatProvider provider) => inner.GetStringValue(provider);
        public string GetStringValue(string format) => inner.GetStringValue(format);
        public string GetStringValue(string format, IFormatProvider provider) => inner.GetStringValue(format, provider);
        public TextReader GetReaderValue() => inner.GetReaderValue();
#pragma warning disable CS0618 // the interface's own obsolete member, delegated as is
        public object GetNumericValue() => inner.GetNumericValue();
#pragma warning restore CS0618
        public NumericFieldType NumericType => inner.NumericType;
        public byte? GetByteValue() => inner.GetByteValue();
        public short? GetInt16Value() => inner.GetInt16Value();
        public int? GetInt32Value() => inner.GetInt32Value();
        public long? GetInt64Value() => inner.GetInt64Value();
        public float? GetSingleValue() => inner.GetSingleValue();
        public double? GetDoubleValue() => inner.GetDoubleValue();

        [ThreadStatic] private static Dictionary<int, NumericTokenStream>? t_numeric;

        public TokenStream GetTokenStream(Analyzer analyzer)
        {
            if (inner is Int64Field)
            {
                // As Field.GetTokenStream does for a long, with a stream per precision step kept for the thread.
                var step = inner.FieldType.NumericPrecisionStep;
                var numeric = t_numeric ??= [];
                if (!numeric.TryGetValue(step, out var nts)) numeric[step] = nts = new NumericTokenStream(step);
                return nts.SetInt64Value(inner.GetInt64Value()!.Value);
            }
            var stream = t_stream ??= new KeywordStream();
            stream.Value = inner.GetStringValue();
            return stream;
        }
    }

    /// <summary>Lucene's <c>Field.StringTokenStream</c>, reusable: the value as one token.</summary>
    private sealed class KeywordStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private bool _used;
        public string Value = "";

        public KeywordStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_used) return false;
            ClearAttributes();
            _term.Append(Value);
            _offset.SetOffset(0, Value.Length);
            _used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(Value.Length, Value.Length);
        }

        public override void Reset() => _used = false;
    }
}
