import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.add_44(29) == 73, '29'
assert solution.add_44(38) == 82, '38'
assert solution.add_44(67) == 111, '67'
assert solution.add_44(61) == 105, '61'
