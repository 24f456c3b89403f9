using System.Buffers;

namespace Observatoires.Api.Platform.Http;

/// <summary>
/// A write-only stream that keeps what is written in 64 KB arrays rented from the shared pool, then gives it back as one
/// array of the exact size. A MemoryStream doubles its array as it grows: copying a 3 MB answer left about 8 MB of
/// garbage on the large object heap, whose fragmentation kept the instances' memory growing in the soak test. Here the
/// only allocation is the final array. Clear or Dispose returns the rented arrays.
/// </summary>
internal sealed class PooledBytes : Stream
{
    // Under the 85,000 bytes from which an array goes to the large object heap.
    private const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> chunks = [];
    private long length;

    public override long Length => length;

    /// <summary>Everything written, in one new array.</summary>
    public byte[] ToArray()
    {
        var result = GC.AllocateUninitializedArray<byte>(checked((int)length));
        var offset = 0;
        foreach (var chunk in chunks)
        {
            var count = (int)Math.Min(ChunkSize, length - offset);
            chunk.AsSpan(0, count).CopyTo(result.AsSpan(offset));
            offset += count;
        }
        return result;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var used = (int)(length % ChunkSize);
            if (used == 0 && length == (long)chunks.Count * ChunkSize)
                chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
            var count = Math.Min(buffer.Length, ChunkSize - used);
            buffer[..count].CopyTo(chunks[^1].AsSpan(used));
            length += count;
            buffer = buffer[count..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    /// <summary>Returns the rented arrays: nothing written is kept.</summary>
    public void Clear()
    {
        foreach (var chunk in chunks)
            ArrayPool<byte>.Shared.Return(chunk);
        chunks.Clear();
        length = 0;
    }

    protected override void Dispose(bool disposing)
    {
        Clear();
        base.Dispose(disposing);
    }

    public override void Flush()
    {
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Position { get => length; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
