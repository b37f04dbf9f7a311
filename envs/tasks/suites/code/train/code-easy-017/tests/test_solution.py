import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.add_5(82) == 87, '82'
assert solution.add_5(15) == 20, '15'
assert solution.add_5(98) == 103, '98'
assert solution.add_5(48) == 53, '48'
