// Skeleton of the FerryCore module; filled in by its own work.
enum FerryCoreModule {}
