import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.sub_36(-11) == -47, '-11'
assert solution.sub_36(15) == -21, '15'
assert solution.sub_36(68) == 32, '68'
assert solution.sub_36(11) == -25, '11'
