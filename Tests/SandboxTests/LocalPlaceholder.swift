// Local only: keeps the target buildable until the sandbox branch's tests land.
