import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.sub_38(99) == 61, '99'
assert solution.sub_38(40) == 2, '40'
assert solution.sub_38(44) == 6, '44'
assert solution.sub_38(72) == 34, '72'
