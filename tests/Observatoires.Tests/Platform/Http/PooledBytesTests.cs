using Observatoires.Api.Platform.Http;

namespace Observatoires.Tests.Platform.Http;

/// <summary>
/// The buffer the response cache copies answers into: whatever the sizes of the writes, across its 64 KB chunks, it
/// gives back exactly the bytes written, in order.
/// </summary>
public sealed class PooledBytesTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(65_536)]
    [TestCase(65_537)]
    [TestCase(3_000_001)]
    public void Gives_back_the_bytes_written_whatever_the_write_sizes(int size)
    {
        var expected = new byte[size];
        new Random(size).NextBytes(expected);
        using var buffer = new PooledBytes();
        var random = new Random(7);
        for (var offset = 0; offset < size;)
        {
            var count = Math.Min(size - offset, random.Next(1, 100_000));
            buffer.Write(expected, offset, count);
            offset += count;
        }
        Assert.Multiple(() =>
        {
            Assert.That(buffer.Length, Is.EqualTo(size));
            Assert.That(buffer.ToArray(), Is.EqualTo(expected));
        });
    }
}
