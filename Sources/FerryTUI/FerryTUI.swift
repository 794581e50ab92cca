// Skeleton of the FerryTUI module; filled in by its own work.
enum FerryTUIModule {}
