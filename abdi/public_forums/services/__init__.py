"""Write operations of public consultation forums."""
