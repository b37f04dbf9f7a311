import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_20_46(7) == 10, '7'
assert solution.clamp_20_46(10) == 10, '10'
assert solution.clamp_20_46(23) == 23, '23'
assert solution.clamp_20_46(43) == 36, '43'
