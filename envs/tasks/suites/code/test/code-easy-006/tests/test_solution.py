import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.add_15(86) == 101, '86'
assert solution.add_15(2) == 17, '2'
assert solution.add_15(28) == 43, '28'
assert solution.add_15(53) == 68, '53'
