using System.Net;
using System.Net.Sockets;

namespace Observatoires.Tests.Infrastructure;

/// <summary>
/// A TCP relay between the API and the test server, to take the database away and give it back: while it is
/// <see cref="Down"/>, open connections are cut and new ones closed at once, as when the server stops or the
/// network fails.
/// </summary>
internal sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly CancellationTokenSource stopping = new();
    private readonly List<TcpClient> open = [];
    private readonly Task accepting;
    private volatile bool down;

    public TcpProxy(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public bool Down
    {
        get => down;
        set
        {
            down = value;
            if (value)
                CloseAll();
        }
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            if (down)
            {
                client.Dispose();
                continue;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var server = new TcpClient();
        try
        {
            await server.ConnectAsync(targetHost, targetPort, stopping.Token);
            lock (open)
                open.AddRange([client, server]);
            var a = client.GetStream().CopyToAsync(server.GetStream(), stopping.Token);
            var b = server.GetStream().CopyToAsync(client.GetStream(), stopping.Token);
            await Task.WhenAny(a, b);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // one side went away: close both
        }
        finally
        {
            client.Dispose();
            lock (open)
            {
                open.Remove(client);
                open.Remove(server);
            }
        }
    }

    private void CloseAll()
    {
        lock (open)
        {
            foreach (var connection in open)
                connection.Dispose();
            open.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        CloseAll();
        await accepting;
        stopping.Dispose();
    }
}
