using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Search.Core.Indexing;

/// <summary>
/// The directory searchers read an index through. Searching spends most of its reads in short random accesses:
/// terms dictionary blocks for every word, field and segment, and doc values for every matching document's
/// facets (thousands of reads per query). Those files (<see cref="HeldInMemory"/>, a few percent of the index)
/// are read once into memory when a segment opens; the large ones (stored texts, positions) are read with one
/// positional system call (<c>pread</c>) per buffer refill. Lucene.Net's own <see cref="NIOFSDirectory"/> reads
/// through a <see cref="FileStream"/> (each refill resets the stream, drops its buffer and asks the file's
/// length, under a lock) and its memory-mapped inputs cost more per byte read: the two together were half of a
/// query's CPU time. The index's pages otherwise stay in the OS cache, not in the process.
/// </summary>
public sealed class SearcherDirectory : FSDirectory
{
    /// <summary>Extensions of the files read into memory: terms dictionary and its index, doc values, norms, and
    /// the small per-segment metadata files.</summary>
    public static readonly IReadOnlySet<string> HeldInMemory =
        new HashSet<string>([".tim", ".tip", ".dvd", ".dvm", ".nvd", ".nvm", ".fnm", ".si"], StringComparer.Ordinal);

    public SearcherDirectory(string path) : base(new DirectoryInfo(path), null)
    {
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        if (HeldInMemory.Contains(Path.GetExtension(name)))
        {
            return new MemoryInput($"MemoryInput(path=\"{path}\")", File.ReadAllBytes(path));
        }
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            return new PositionalReadInput($"PositionalReadInput(path=\"{path}\")", handle, 0, RandomAccess.GetLength(handle),
                BufferedIndexInput.GetBufferSize(context), ownsHandle: true);
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
        return new Slicer(path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete),
            BufferedIndexInput.GetBufferSize(context));
    }

    private sealed class Slicer(string path, SafeFileHandle handle, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            HeldInMemory.Contains(Path.GetExtension(sliceDescription)) // a file inside a compound file
                ? new MemoryInput($"MemoryInput({sliceDescription} in path=\"{path}\")", ReadSlice(offset, length))
                : new PositionalReadInput($"PositionalReadInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})",
                handle, offset, length, bufferSize, ownsHandle: false);

        private byte[] ReadSlice(long offset, long length)
        {
            var bytes = new byte[length];
            ReadFully(handle, bytes, offset, path);
            return bytes;
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing) handle.Dispose();
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

    /// <summary>An input over a file's bytes in memory; clones share them.</summary>
    private sealed class MemoryInput(string description, byte[] bytes) : IndexInput(description)
    {
        private int _position;

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

        public override object Clone() => MemberwiseClone();

        protected override void Dispose(bool disposing)
        {
        }
    }

    private sealed class PositionalReadInput : BufferedIndexInput
    {
        private readonly SafeFileHandle _handle;
        private readonly long _start;
        private readonly long _length;
        private bool _ownsHandle;

        public PositionalReadInput(string description, SafeFileHandle handle, long start, long length, int bufferSize, bool ownsHandle)
            : base(description, bufferSize)
        {
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
        }

        protected override void SeekInternal(long pos)
        {
        }

        public override object Clone()
        {
            var clone = (PositionalReadInput)base.Clone();
            clone._ownsHandle = false; // clones share the handle; only the original closes it
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _ownsHandle) _handle.Dispose();
        }
    }
}
