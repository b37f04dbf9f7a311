#!/usr/bin/env bash
mv /workspace/src/garnet.txt /workspace/src/nectar.txt
