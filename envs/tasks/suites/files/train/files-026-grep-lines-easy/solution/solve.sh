#!/usr/bin/env bash
grep 'ERROR' /workspace/tiger.log > /workspace/olive.log
