using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Search.Core.Indexing;

/// <summary>
/// The directory searchers read an index through. Searching spends most of its reads in short random accesses:
/// terms dictionary blocks for every word, field and segment, and doc values for every matching document's
/// facets (thousands of reads per query). The small hot files (<see cref="HeldInMemory"/>: doc values, norms, the
/// terms index, segment metadata) are read once into memory when a segment opens, and so are the terms
/// dictionaries (<c>.tim</c>) while those held stay within a budget (<see cref="TermsBudgetBytes"/>): they grow with
/// the index (about 4 % of it, two thirds of what was held: ~95 of ~130 MB at 300,000 documents), so past the budget a
/// segment's dictionary is read like the large files, with one positional system call (<c>pread</c>) per buffer
/// refill, and the host's memory stays bounded. The postings lists (<c>.doc</c>: documents and term frequencies, about
/// 9 % of the index) are held the same way within a budget of their own (<see cref="PostingsBudgetBytes"/>): every word of
/// every query reads them, and at 100,000 documents their refills were a system call every few postings blocks.
/// The positions (<c>.pos</c>, read by every phrase and snippet: about a quarter of the index) are mapped within a budget of their own
/// (<see cref="PositionsBudgetBytes"/>): read by positional reads, their refills were a tenth of the host's CPU at 100,000
/// documents under two clients, most of it the system calls themselves (docs/BENCHMARKS.md, "Twenty-fifth session (thr25)").
/// Payloads and stored fields (the rest, most of the index) are read by positional reads. The held files are
/// mapped read-only from the files (<see cref="MapsHeldFiles"/>), not copied into the process: the pages are the OS cache's
/// own, shared with it, resident in the process only once read (the postings of the words searched, the terms dictionary
/// blocks looked up) and given back under memory pressure as any cached file page; a copy in arrays kept all of them, 116 MB
/// of private memory at 100,000 documents (docs/BENCHMARKS.md, "Twenty-fourth session (mem24)").
/// Lucene.Net's own <see cref="NIOFSDirectory"/> reads through a
/// <see cref="FileStream"/> (each refill resets the stream, drops its buffer and asks the file's length, under a
/// lock) and its memory-mapped inputs cost more per byte read: the two together were half of a query's CPU time.
/// The index's pages otherwise stay in the OS cache, not in the process.
/// </summary>
public sealed class SearcherDirectory : FSDirectory
{
    /// <summary>Extensions of the files always read into memory: doc values, norms, the terms index and the small
    /// per-segment metadata files.</summary>
    public static readonly IReadOnlySet<string> HeldInMemory =
        new HashSet<string>([".tip", ".dvd", ".dvm", ".nvd", ".nvm", ".fnm", ".si"], StringComparer.Ordinal);

    /// <summary>Extension of the terms dictionaries, held in memory within <see cref="TermsBudgetBytes"/>.</summary>
    public const string TermsDictionary = ".tim";

    /// <summary>The default budget of terms dictionaries held in memory: all of them up to about 200,000 generated
    /// documents (see docs/BENCHMARKS.md, "Fifth session").</summary>
    public const long DefaultTermsBudgetBytes = 64L * 1024 * 1024;

    /// <summary>Extension of the postings lists (documents and frequencies), held in memory within <see cref="PostingsBudgetBytes"/>.</summary>
    public const string Postings = ".doc";

    /// <summary>The default budget of postings lists held in memory: all of them up to about 120,000 generated documents
    /// (74 MB at 100,000, one segment since a bulk ingest ends merged, see <c>IndexingSession.Complete</c>). The host's resident
    /// memory after the 100k benchmark was 358 MB with it (peak 397 MB), under the 400 MB it must stay under; with 48 MB, the
    /// one segment's postings did not fit and were read by system calls (see docs/BENCHMARKS.md, "Twenty-first session").</summary>
    public const long DefaultPostingsBudgetBytes = 96L * 1024 * 1024;

    /// <summary>Extension of the positions, mapped within <see cref="PositionsBudgetBytes"/>.</summary>
    public const string Positions = ".pos";

    /// <summary>The default budget of positions mapped: all of them up to about 100,000 generated documents (218 MB at 100,000,
    /// one segment). Mapped, not copied: only the pages read are resident, shared with the OS cache (the host's resident memory
    /// grows by the positions its queries read, see docs/BENCHMARKS.md, "Twenty-fifth session (thr25)").</summary>
    public const long DefaultPositionsBudgetBytes = 256L * 1024 * 1024;

    private readonly Budget _terms = new();
    private readonly Budget _postings = new();
    private readonly Budget _positions = new();

    /// <summary>Bytes held under one budget.</summary>
    private sealed class Budget
    {
        private long _held;

        public long Held => Interlocked.Read(ref _held);

        /// <summary>Adds <paramref name="length"/> if the total stays within <paramref name="limit"/>; <paramref name="release"/> gives it back.</summary>
        public bool TryTake(long length, long limit, out Action? release)
        {
            release = null;
            while (true)
            {
                var before = Interlocked.Read(ref _held);
                if (before + length > limit) return false;
                if (Interlocked.CompareExchange(ref _held, before + length, before) != before) continue;
                release = () => Interlocked.Add(ref _held, -length);
                return true;
            }
        }
    }

    /// <param name="termsBudgetBytes">At most this many bytes of terms dictionaries held in memory at once (the segments
    /// opened first get theirs held; a closed segment gives its share back). 0: none.</param>
    /// <param name="readBufferBytes">The buffer of the positional reads (at least Lucene's own for the context).</param>
    /// <param name="postingsBudgetBytes">At most this many bytes of postings lists held in memory at once (as the terms
    /// dictionaries' budget). 0: none.</param>
    /// <param name="positionsBudgetBytes">At most this many bytes of positions mapped at once (as the terms dictionaries' budget;
    /// read into arrays instead when <see cref="MapsHeldFiles"/> is off). 0: none, every position read by positional reads.</param>
    /// <param name="holdHotFiles">Whether the files of <see cref="HeldInMemory"/> are read into memory (a searcher's random
    /// accesses); the writer's merges read each file once, in order, and hold nothing (<see cref="ForWriter"/>).</param>
    public SearcherDirectory(string path, long termsBudgetBytes = DefaultTermsBudgetBytes, int readBufferBytes = DefaultReadBufferBytes,
        long postingsBudgetBytes = DefaultPostingsBudgetBytes, bool holdHotFiles = true, long positionsBudgetBytes = DefaultPositionsBudgetBytes)
        : base(new DirectoryInfo(path), null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(termsBudgetBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(postingsBudgetBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(positionsBudgetBytes);
        PositionsBudgetBytes = positionsBudgetBytes;
        ArgumentOutOfRangeException.ThrowIfLessThan(readBufferBytes, 8);
        TermsBudgetBytes = termsBudgetBytes;
        PostingsBudgetBytes = postingsBudgetBytes;
        ReadBufferBytes = readBufferBytes;
        HoldsHotFiles = holdHotFiles;
    }

    /// <summary>Whether its positional inputs tell how many bytes they hold ahead (<see cref="IReadAhead"/>: a stored document is
    /// then decoded from the bytes read with its chunk's header when they hold it, <see cref="StoredFieldsLz4"/>); off only to
    /// measure what that saves (the same bytes are read either way).</summary>
    public bool ReadAhead { get; init; } = true;

    /// <summary>Whether the held files are mapped from the files (the default: resident as read, shared with the OS cache) or
    /// copied into arrays when opened (off only to measure the two against each other: the same bytes, read the same way).</summary>
    public bool MapsHeldFiles { get; init; } = true;

    /// <summary>Positional reads (system calls) made so far by the inputs of this directory, a measure of what reading costs.</summary>
    public long PositionalReads => Interlocked.Read(ref _reads.Value);

    private readonly System.Runtime.CompilerServices.StrongBox<long> _reads = new();

    /// <summary>
    /// The directory of the index writer: every file read with positional reads, nothing held in memory and nothing
    /// mapped. <see cref="FSDirectory.Open(string)"/> maps the files (64-bit), and a merge touches every page of the
    /// segments it reads: they stayed in the Indexer's resident set (hundreds of MB at 100,000 documents) although the
    /// OS cache holds them anyway.
    /// </summary>
    public static SearcherDirectory ForWriter(string path) => new(path, termsBudgetBytes: 0, postingsBudgetBytes: 0, holdHotFiles: false, positionsBudgetBytes: 0);

    /// <summary>Whether the files of <see cref="HeldInMemory"/> are read into memory when opened.</summary>
    public bool HoldsHotFiles { get; }

    /// <summary>The default buffer of positional reads: 4 KB, four times Lucene's. A system call costs about the same for
    /// 1 and 4 KB (2.7 and 2.9 µs of CPU on the benchmark's virtual machine, where one is dear), and a query at 100,000
    /// documents read positions with some 1,950 of them at 1 KB and 875 at 4 KB: 8 % less CPU per query, for 13 % more
    /// allocated (each cloned input's buffer). 8 and 16 KB made fewer calls but each one dearer (docs/BENCHMARKS.md,
    /// "Twenty-first session").</summary>
    public const int DefaultReadBufferBytes = 4096;

    public long TermsBudgetBytes { get; }

    public long PostingsBudgetBytes { get; }

    public long PositionsBudgetBytes { get; }

    public int ReadBufferBytes { get; }

    private int BufferSize(IOContext context) => Math.Max(BufferedIndexInput.GetBufferSize(context), ReadBufferBytes);

    /// <summary>Bytes of terms dictionaries held in memory now, by inputs still open.</summary>
    public long TermsHeldBytes => _terms.Held;

    /// <summary>Bytes of postings lists held in memory now, by inputs still open.</summary>
    public long PostingsHeldBytes => _postings.Held;

    /// <summary>Bytes of positions mapped now, by inputs still open.</summary>
    public long PositionsHeldBytes => _positions.Held;

    /// <summary>Whether a file (or a file inside a compound file) of <paramref name="length"/> bytes is read into memory;
    /// a terms dictionary or a postings list takes its share of its budget, given back by <paramref name="release"/> when
    /// its input closes.</summary>
    private bool Holds(string name, long length, out Action? release)
    {
        release = null;
        var extension = Path.GetExtension(name);
        if (HeldInMemory.Contains(extension)) return HoldsHotFiles;
        return extension switch
        {
            TermsDictionary => _terms.TryTake(length, TermsBudgetBytes, out release),
            Postings => _postings.TryTake(length, PostingsBudgetBytes, out release),
            Positions => _positions.TryTake(length, PositionsBudgetBytes, out release),
            _ => false,
        };
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            var length = RandomAccess.GetLength(handle);
            if (Holds(name, length, out var release))
            {
                using (handle) return Held(handle, 0, length, path, $"MemoryInput(path=\"{path}\")", release);
            }
            return new PositionalReadInput($"PositionalReadInput(path=\"{path}\")", handle, 0, length,
                BufferSize(context), ownsHandle: true, ReadAhead, _reads);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new Slicer(this, path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete),
            BufferSize(context));
    }

    private sealed class Slicer(SearcherDirectory directory, string path, SafeFileHandle handle, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            return directory.Holds(sliceDescription, length, out var release) // a file inside a compound file
                ? directory.Held(handle, offset, length, path, $"MemoryInput({sliceDescription} in path=\"{path}\")", release)
                : new PositionalReadInput($"PositionalReadInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})",
                    handle, offset, length, bufferSize, ownsHandle: false, directory.ReadAhead, directory._reads);
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing) handle.Dispose();
        }
    }

    /// <summary>An input over a held file (or slice): mapped (<see cref="MapsHeldFiles"/>) or read into an array; the budget
    /// share <paramref name="release"/> is given back if it cannot be opened. The file handle stays the caller's.</summary>
    private IndexInput Held(SafeFileHandle handle, long offset, long length, string path, string description, Action? release) =>
        MapsHeldFiles && length > 0 ? MapHeld(handle, offset, length, description, release) : ReadHeld(handle, offset, length, path, description, release);

    /// <summary>The bytes of a held file (or slice) mapped read-only; the budget share <paramref name="release"/> is given back
    /// if they cannot be mapped.</summary>
    private static MappedInput MapHeld(SafeFileHandle handle, long offset, long length, string description, Action? release)
    {
        try
        {
            // The view keeps the mapping after the file and the mapping object are closed (a deleted file's pages too).
            using var file = MemoryMappedFile.CreateFromFile(handle, mapName: null, capacity: 0, MemoryMappedFileAccess.Read,
                HandleInheritability.None, leaveOpen: true);
            return new MappedInput(description, file.CreateViewAccessor(offset, length, MemoryMappedFileAccess.Read), length, release);
        }
        catch
        {
            release?.Invoke();
            throw;
        }
    }

    /// <summary>The bytes of a held file (or slice) in memory; the budget share <paramref name="release"/> is given back
    /// if they cannot be read.</summary>
    private static MemoryInput ReadHeld(SafeFileHandle handle, long offset, long length, string path, string description, Action? release)
    {
        try
        {
            var bytes = new byte[length];
            ReadFully(handle, bytes, offset, path);
            return new MemoryInput(description, bytes, release);
        }
        catch
        {
            release?.Invoke();
            throw;
        }
    }

    /// <summary>Fills <paramref name="span"/> from the file at <paramref name="offset"/>, however many reads it takes.</summary>
    private static void ReadFully(SafeFileHandle handle, Span<byte> span, long offset, string what)
    {
        while (!span.IsEmpty)
        {
            var read = RandomAccess.Read(handle, span, offset);
            if (read <= 0) throw new EndOfStreamException($"read past EOF: {what} (file shorter than expected at {offset})");
            span = span[read..];
            offset += read;
        }
    }

    /// <summary>An input over a file's bytes in memory; clones share them. Closing the original (not a clone) runs
    /// <paramref name="release"/> once.</summary>
    private sealed class MemoryInput(string description, byte[] bytes, Action? release) : IndexInput(description)
    {
        private int _position;
        private Action? _release = release;

        public override long Length => bytes.Length;

        public override long Position => _position;

        public override void Seek(long pos)
        {
            if (pos < 0 || pos > bytes.Length) throw new EndOfStreamException($"seek past EOF: {this} ({pos} of {bytes.Length})");
            _position = (int)pos;
        }

        public override byte ReadByte()
        {
            if (_position >= bytes.Length) throw new EndOfStreamException($"read past EOF: {this}");
            return bytes[_position++];
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            if (len > bytes.Length - _position) throw new EndOfStreamException($"read past EOF: {this}");
            Buffer.BlockCopy(bytes, _position, b, offset, len);
            _position += len;
        }

        public override object Clone()
        {
            var clone = (MemoryInput)MemberwiseClone();
            clone._release = null; // only the original gives the budget back
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) Interlocked.Exchange(ref _release, null)?.Invoke();
        }
    }

    /// <summary>
    /// An input over a file's bytes mapped read-only; clones share the mapping. The mapping is released by the view's handle when
    /// no input over it is reachable any more (never while a clone could still read it, whatever the order of closing); closing
    /// the original (not a clone) runs <paramref name="release"/> once. Reads are plain memory reads, as from an array.
    /// </summary>
    private sealed unsafe class MappedInput : IndexInput
    {
        private readonly MemoryMappedViewAccessor _view; // referenced by every clone: keeps the pages mapped while any is reachable
        private readonly byte* _bytes;
        private readonly long _length;
        private long _position;
        private Action? _release;

        public MappedInput(string description, MemoryMappedViewAccessor view, long length, Action? release) : base(description)
        {
            _view = view;
            _bytes = (byte*)view.SafeMemoryMappedViewHandle.DangerousGetHandle() + view.PointerOffset;
            _length = length;
            _release = release;
        }

        public override long Length => _length;

        public override long Position => _position;

        public override void Seek(long pos)
        {
            if (pos < 0 || pos > _length) throw new EndOfStreamException($"seek past EOF: {this} ({pos} of {_length})");
            _position = pos;
        }

        public override byte ReadByte()
        {
            if (_position >= _length) throw new EndOfStreamException($"read past EOF: {this}");
            return _bytes[_position++];
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            if (len > _length - _position) throw new EndOfStreamException($"read past EOF: {this}");
            new ReadOnlySpan<byte>(_bytes + _position, len).CopyTo(b.AsSpan(offset, len));
            _position += len;
        }

        public override object Clone()
        {
            var clone = (MappedInput)MemberwiseClone();
            clone._release = null; // only the original gives the budget back
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            // The view stays mapped: clones may still be reachable (it is released with the last of them).
            if (disposing) Interlocked.Exchange(ref _release, null)?.Invoke();
        }
    }

    /// <summary>An input that tells how many of its next bytes it holds already (read with the bytes before them).</summary>
    internal interface IReadAhead
    {
        /// <summary>Bytes from the current position on that the input holds in its buffer: reading up to that many makes no system
        /// call. Never more than it holds (at worst fewer: reading more costs one read, as any read past the buffer).</summary>
        int BufferedAhead { get; }
    }

    private sealed class PositionalReadInput : BufferedIndexInput, IReadAhead
    {
        private readonly SafeFileHandle _handle;
        private readonly long _start;
        private readonly long _length;
        private bool _ownsHandle;

        // Where the bytes of the last read end (relative to this input): a buffer refill reads from the current position on,
        // so the buffer holds the bytes up to here; a read straight into a caller's array leaves the position here (nothing
        // ahead); a seek out of the buffer empties it (0).
        private long _readEnd;

        private readonly bool _readAhead;

        public int BufferedAhead => _readAhead ? (int)Math.Clamp(_readEnd - Position, 0, BufferSize) : 0;

        private readonly System.Runtime.CompilerServices.StrongBox<long> _reads;

        public PositionalReadInput(string description, SafeFileHandle handle, long start, long length, int bufferSize, bool ownsHandle, bool readAhead,
            System.Runtime.CompilerServices.StrongBox<long> reads)
            : base(description, bufferSize)
        {
            _readAhead = readAhead;
            _reads = reads;
            _handle = handle;
            _start = start;
            _length = length;
            _ownsHandle = ownsHandle;
        }

        public override long Length => _length;

        protected override void ReadInternal(byte[] b, int offset, int length)
        {
            var position = Position; // where the buffer being filled starts, relative to this input
            if (position + length > _length)
                throw new EndOfStreamException($"read past EOF: {this} (position {position}, length {length}, end {_length})");
            ReadFully(_handle, b.AsSpan(offset, length), _start + position, ToString());
            _readEnd = position + length;
            Interlocked.Increment(ref _reads.Value);
        }

        protected override void SeekInternal(long pos)
        {
            _readEnd = 0;
        }

        public override object Clone()
        {
            var clone = (PositionalReadInput)base.Clone();
            clone._ownsHandle = false; // clones share the handle; only the original closes it
            clone._readEnd = 0; // a clone starts with an empty buffer
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _ownsHandle) _handle.Dispose();
        }
    }
}
