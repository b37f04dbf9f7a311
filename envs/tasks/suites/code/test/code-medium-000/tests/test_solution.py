import importlib.util

spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)

assert solution.clamp_6_29(-7) == -4, '-7'
assert solution.clamp_6_29(-4) == -4, '-4'
assert solution.clamp_6_29(7) == 7, '7'
assert solution.clamp_6_29(26) == 19, '26'
