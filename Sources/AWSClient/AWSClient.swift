// Skeleton of the AWSClient module; filled in by its own work.
enum AWSClientModule {}
