import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.sub_3(9) == 6, '9'
assert solution.sub_3(15) == 12, '15'
assert solution.sub_3(38) == 35, '38'
assert solution.sub_3(75) == 72, '75'
