// Skeleton of the Terminal module; filled in by its own work.
enum TerminalModule {}
