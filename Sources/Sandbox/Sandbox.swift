// Skeleton of the Sandbox module; filled in by its own work.
enum SandboxModule {}
