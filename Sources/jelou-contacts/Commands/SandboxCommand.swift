import JelouSandbox
import JelouSend

/// `jelou-contacts sandbox`: a local Jelou endpoint on 127.0.0.1 until interrupted.
enum SandboxCommand: Command {
    static func run(_ arguments: ParsedArguments, context: ToolContext) async throws -> ExitCode {
        guard let clientID = context.environment[Credentials.clientIdVariable], !clientID.isEmpty,
            let secret = context.environment[Credentials.clientSecretVariable], !secret.isEmpty
        else {
            throw CommandFailure("set \(Credentials.clientIdVariable) and \(Credentials.clientSecretVariable): the sandbox accepts only those credentials")
        }
        let configuration = SandboxConfiguration(
            port: UInt16(try arguments.integer("--port", in: 0...65_535) ?? 8080),
            faultRate: try arguments.number("--fault-rate", in: 0...1) ?? 0,
            latencyMilliseconds: try arguments.integer("--latency-ms", in: 0...600_000) ?? 0,
            seed: UInt64(try arguments.integer("--seed", in: 0...Int.max) ?? 1),
            clientId: clientID, clientSecret: secret)
        let output = SynchronizedOutput(context.standardOutput)
        let errors = SynchronizedOutput(context.standardError)
        let server = SandboxServer(configuration: configuration, output: output.writeLine, log: errors.writeLine)
        do {
            _ = try server.start()
        } catch {
            throw CommandFailure(error.message)
        }
        server.runUntilSignalled()
        return .success
    }
}
